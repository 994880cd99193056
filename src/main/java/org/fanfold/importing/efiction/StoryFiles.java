package org.fanfold.importing.efiction;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The chapter files of an archive that kept its stories out of the database: {@code stories/{uid}/{chapid}.txt} in
 * a folder or a zip, at any depth (backups often hold a whole web server), found by chapter id and preferably in
 * the author's folder. Files are UTF-8, or Windows-1252 when they are not. Not thread-safe; close it when done.
 */
final class StoryFiles implements Closeable {

    /** A chapter's text and where it was found. */
    record ChapterFile(String path, String text, boolean windows1252) {}

    /** The largest chapter file read: AO3's 510,000-character chapter in 4-byte UTF-8, and room to spare. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final Pattern CHAPTER_FILE =
            Pattern.compile("(?:^|.*/)([0-9]+)/([0-9]+)\\.(?:txt|html?)$", Pattern.CASE_INSENSITIVE);

    private record Entry(long uid, String path) {}

    private final Map<Long, List<Entry>> byChapter = new HashMap<>();
    private final @Nullable Path folder;
    private final @Nullable ZipFile zip;

    private StoryFiles(@Nullable Path folder, @Nullable ZipFile zip) {
        this.folder = folder;
        this.zip = zip;
    }

    /** No files: every chapter must have its text in the database. */
    static StoryFiles none() {
        return new StoryFiles(null, null);
    }

    /** The chapter files anywhere under {@code folder}. */
    static StoryFiles folder(Path folder) throws IOException {
        var files = new StoryFiles(folder, null);
        try (Stream<Path> walk = Files.walk(folder, 12)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.index(folder.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    /** The chapter files anywhere in the zip file {@code zipFile}. */
    static StoryFiles zip(Path zipFile) throws IOException {
        var files = new StoryFiles(null, new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8));
        var entries = files.zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory()) files.index(e.getName());
        }
        return files;
    }

    private void index(String path) {
        Matcher m = CHAPTER_FILE.matcher(path);
        if (!m.matches()) return;
        try {
            long uid = Long.parseLong(m.group(1));
            long chapid = Long.parseLong(m.group(2));
            byChapter.computeIfAbsent(chapid, k -> new ArrayList<>()).add(new Entry(uid, path));
        } catch (NumberFormatException e) {
            // ids too long to be eFiction's: not a chapter file
        }
    }

    /** How many chapter files there are. */
    int count() {
        return byChapter.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The text of chapter {@code chapid} by author {@code uid}: from the author's folder, else from the only file
     * of that chapter id in another folder; null when there is none.
     *
     * @throws IOException when the file cannot be read, or is larger than {@link #MAX_BYTES}
     */
    @Nullable
    ChapterFile find(long uid, long chapid) throws IOException {
        List<Entry> found = byChapter.getOrDefault(chapid, List.of());
        Entry entry = found.stream().filter(e -> e.uid() == uid).findFirst().orElse(null);
        if (entry == null && found.size() == 1) entry = found.getFirst();
        if (entry == null) return null;
        byte[] bytes = read(entry.path());
        String utf8 = utf8(bytes);
        return utf8 != null
                ? new ChapterFile(entry.path(), utf8, false)
                : new ChapterFile(entry.path(), new String(bytes, Charset.forName("windows-1252")), true);
    }

    private byte[] read(String path) throws IOException {
        try (InputStream in = open(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new IOException(path + " is larger than " + (MAX_BYTES >> 20) + " MB");
            return bytes;
        }
    }

    private InputStream open(String path) throws IOException {
        if (zip != null) {
            ZipEntry e = zip.getEntry(path);
            if (e == null) throw new IOException(path + " is not in the zip");
            return zip.getInputStream(e);
        }
        if (folder == null) throw new IOException("no story files");
        return Files.newInputStream(folder.resolve(path));
    }

    private static @Nullable String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) zip.close();
    }
}
