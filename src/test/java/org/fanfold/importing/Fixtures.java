package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;

/** Test files: resources under {@code src/test/resources}, EPUBs zipped from text, HTML read back as text. */
final class Fixtures {

    private Fixtures() {}

    static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalStateException("no resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader sees in some HTML, spaces collapsed. */
    static String text(String html) {
        return Jsoup.parse(html).text().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    /** An EPUB's entries in the order given; call {@link #zip()} for the file. */
    static final class Epub {
        private final Map<String, byte[]> entries = new LinkedHashMap<>();

        /** Starts an EPUB with its {@code mimetype} and a container naming {@code opfPath}. */
        static Epub withContainer(String opfPath) {
            return new Epub().add("mimetype", "application/epub+zip").add("META-INF/container.xml", """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                              <rootfiles>
                                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
                              </rootfiles>
                            </container>
                            """.formatted(
                            opfPath));
        }

        Epub add(String name, String text) {
            entries.put(name, text.getBytes(UTF_8));
            return this;
        }

        Epub add(String name, byte[] bytes) {
            entries.put(name, bytes);
            return this;
        }

        Epub remove(String name) {
            entries.remove(name);
            return this;
        }

        /** The zip, {@code mimetype} first and stored, as EPUB wants. */
        byte[] zip() {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.setLevel(1); // fast: the zip-bomb tests write hundreds of megabytes of zeros
                for (var e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    if (e.getKey().equals("mimetype")) {
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(e.getValue().length);
                        var crc = new CRC32();
                        crc.update(e.getValue());
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
