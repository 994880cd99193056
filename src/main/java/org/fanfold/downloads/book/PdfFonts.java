package org.fanfold.downloads.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts PDFs are set in, embedded (as subsets) in every PDF. The archive bundles TrueType fonts for every script
 * of the languages works are posted in (see {@code fonts/README.md} beside them): Noto Serif for Latin, Greek and
 * Cyrillic, Noto Naskh Arabic, Noto Serif Hebrew and Thai, and WenQuanYi Micro Hei for Chinese, Japanese and
 * Korean, with DejaVu Sans Mono for code; so a PDF looks the same on every machine, whatever fonts it has. The
 * CSS lists them in that order, and each character is set in the first that has it.
 *
 * <p>TrueType fonts an admin puts in {@code DATA/fonts} come after the bundled ones, for scripts they lack. Only
 * TrueType outlines can be embedded (PDFBox cannot subset CFF-based OpenType fonts such as Noto Sans CJK); other
 * files there are skipped with a log line. Font files are read once and shared; thread-safe.
 *
 * <p>The bundled fonts are used without their glyph substitution tables: Arabic is shaped and right-to-left text
 * reordered by ICU before PDFBox sees it, CJK and Thai need no substitutions here, and for Latin PDFBox would only
 * add ligatures, at the cost of most of a long PDF's time.
 */
public final class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final String BUNDLED = "/org/fanfold/downloads/fonts/";
    private static final String MONO = "Fanfold Mono";

    /** Glyph substitutions: none of the bundled scripts needs them, and PDFBox makes them slow ({@link FontTables}). */
    private static final Set<String> NOT_USED = Set.of("GSUB");

    private record Face(String family, int weight, FontStyle style, byte[] data) {}

    private final List<Face> faces;
    private final List<String> families;

    private PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
        this.families = faces.stream()
                .map(Face::family)
                .filter(f -> !f.equals(MONO))
                .distinct()
                .toList();
    }

    /** The bundled fonts, then the TrueType fonts in {@code extraDir} when it exists. */
    public static PdfFonts load(@Nullable Path extraDir) {
        List<Face> faces = new ArrayList<>();
        bundled(faces, "Fanfold Serif", "NotoSerif-Regular.ttf", 400, FontStyle.NORMAL);
        bundled(faces, "Fanfold Serif", "NotoSerif-Bold.ttf", 700, FontStyle.NORMAL);
        bundled(faces, "Fanfold Serif", "NotoSerif-Italic.ttf", 400, FontStyle.ITALIC);
        bundled(faces, "Fanfold Serif", "NotoSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        bundled(faces, "Fanfold Arabic", "NotoNaskhArabic-Regular.ttf", 400, FontStyle.NORMAL);
        bundled(faces, "Fanfold Arabic", "NotoNaskhArabic-Bold.ttf", 700, FontStyle.NORMAL);
        bundled(faces, "Fanfold Hebrew", "NotoSerifHebrew-Regular.ttf", 400, FontStyle.NORMAL);
        bundled(faces, "Fanfold Hebrew", "NotoSerifHebrew-Bold.ttf", 700, FontStyle.NORMAL);
        bundled(faces, "Fanfold Thai", "NotoSerifThai-Regular.ttf", 400, FontStyle.NORMAL);
        bundled(faces, "Fanfold Thai", "NotoSerifThai-Bold.ttf", 700, FontStyle.NORMAL);
        bundled(faces, "Fanfold CJK", "WenQuanYiMicroHei.ttf", 400, FontStyle.NORMAL);
        bundled(faces, MONO, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL);
        if (extraDir != null && Files.isDirectory(extraDir)) extra(faces, extraDir);
        return new PdfFonts(faces);
    }

    /** Gives every font to a renderer; each is parsed only if the document uses it. */
    void register(PdfRendererBuilder builder) {
        for (Face f : faces) {
            builder.useFont(() -> new ByteArrayInputStream(f.data()), f.family(), f.weight(), f.style(), true);
        }
    }

    /** The CSS that sets text in these fonts, in fallback order. */
    String css() {
        String list =
                String.join(", ", families.stream().map(f -> "\"" + f + "\"").toList());
        return "body { font-family: " + list + "; }\n" + "code, kbd, pre, samp, .tt { font-family: \"" + MONO + "\", "
                + list + "; }\n";
    }

    private static void bundled(List<Face> faces, String family, String file, int weight, FontStyle style) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED + file)) {
            if (in == null) throw new IllegalStateException("bundled font " + file + " is missing from the jar");
            faces.add(new Face(family, weight, style, FontTables.without(in.readAllBytes(), NOT_USED)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }

    private static void extra(List<Face> faces, Path dir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            log.warn("PDF fonts: cannot list {}: {}", dir, e.toString());
            return;
        }
        int n = 0;
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".ttf") && !name.endsWith(".otf") && !name.endsWith(".ttc")) continue;
            try {
                byte[] data = Files.readAllBytes(file);
                if (name.endsWith(".ttc")) {
                    log.info("PDF fonts: skipped {}: a font collection; copy the face you want into a .ttf", file);
                    continue;
                }
                try (TrueTypeFont ttf = new OTFParser(false).parse(new RandomAccessReadBuffer(data))) {
                    if (!ttf.getTableMap().containsKey("glyf")) {
                        log.info("PDF fonts: skipped {}: CFF outlines; PDFs can embed TrueType outlines only", file);
                        continue;
                    }
                    int weight = ttf.getOS2Windows() == null
                            ? 400
                            : ttf.getOS2Windows().getWeightClass();
                    boolean italic = ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 2) != 0;
                    faces.add(new Face(
                            "Fanfold Extra " + ++n, weight, italic ? FontStyle.ITALIC : FontStyle.NORMAL, data));
                    log.info("PDF fonts: using {} ({}) after the bundled fonts", file, ttf.getName());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("PDF fonts: skipped {}: not a readable font ({})", file, e.toString());
            }
        }
    }
}
