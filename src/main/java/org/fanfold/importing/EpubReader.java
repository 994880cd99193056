package org.fanfold.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks an EPUB (a zip archive) into memory, keeping only what a story is read from: the container, package,
 * navigation and (X)HTML files. Images, fonts, styles and media are read past, not kept.
 *
 * <p>A zip bomb or an oversized book is refused with a message, never unpacked whole: at most
 * {@value #MAX_ENTRIES} entries, {@value #MAX_FILE_MB} MB for any one text file, and {@value #MAX_TOTAL_MB} MB
 * unpacked in all, counted as the bytes are inflated (the sizes a zip declares can lie). Stateless and
 * thread-safe.
 */
final class EpubReader {

    static final String MEDIA_TYPE = "application/epub+zip";
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_FILE_MB = 20;
    static final int MAX_TOTAL_MB = 200;
    private static final long MB = 1024 * 1024;
    private static final Set<String> SKIPPED = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "ttf", "otf", "woff", "woff2", "eot", "css",
            "mp3", "mp4", "m4a", "ogg", "oga", "webm", "wav", "pdf", "js", "zip");

    /**
     * The archive's text files by path ("OEBPS/content.opf"), and the paths of every entry.
     *
     * @param mimetype the {@code mimetype} entry's content, stripped, or "" when there is none
     */
    record Archive(Map<String, byte[]> files, Set<String> names, String mimetype) {

        @Nullable
        byte[] file(String path) {
            return files.get(path);
        }

        boolean has(String path) {
            return names.contains(path);
        }
    }

    private EpubReader() {}

    /** Whether {@code content} starts like a zip archive. */
    static boolean isZip(byte[] content) {
        return content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    /** Unpacks {@code content}; throws an {@link ImportException} when it is no zip, damaged, or too big. */
    static Archive read(byte[] content) {
        if (!isZip(content)) throw new ImportException("not an EPUB: the file is not a zip archive", "");
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw new ImportException(
                            "the EPUB has more than " + Formats.number(MAX_ENTRIES) + " files; refused", "");
                }
                String name = entry.getName().replace('\\', '/');
                names.add(name);
                if (entry.isDirectory()) continue;
                boolean keep = kept(name) && !files.containsKey(name);
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > MAX_TOTAL_MB * MB) {
                        throw new ImportException(
                                "the EPUB unpacks to more than " + MAX_TOTAL_MB + " MB; refused", name);
                    }
                    if (keep && size > MAX_FILE_MB * MB) {
                        throw new ImportException("a file in the EPUB is larger than " + MAX_FILE_MB + " MB", name);
                    }
                    if (out != null) out.write(buffer, 0, n);
                }
                if (out != null) files.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            throw new ImportException("the EPUB is damaged: " + e.getMessage(), "");
        } catch (IOException e) {
            throw new ImportException("the EPUB cannot be read: " + e.getMessage(), "");
        }
        if (names.isEmpty()) throw new ImportException("not an EPUB: the zip archive is empty", "");
        byte[] mimetype = files.get("mimetype");
        String type = mimetype == null ? "" : new String(mimetype, StandardCharsets.US_ASCII).strip();
        return new Archive(files, names, type);
    }

    /**
     * Whether to keep a file: everything but images, fonts, styles, audio and video (by extension), which a story
     * is never read from.
     */
    private static boolean kept(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 || !SKIPPED.contains(n.substring(dot + 1));
    }
}
