package org.fanfold.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A backup file opened for reading: its manifest, its tables' rows and its files, each checked against the manifest. */
final class BackupArchive implements AutoCloseable {

    private final Path path;
    private final ZipFile zip;
    final Manifest manifest;

    private BackupArchive(Path path, ZipFile zip, Manifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * @throws BackupException when the file is missing, not a zip, or not a Fanfold backup
     */
    static BackupArchive open(Path path) {
        if (!Files.isRegularFile(path)) throw new BackupException("there is no backup file " + path);
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupException(path + " is not a Fanfold backup (not a zip file)");
        } catch (IOException e) {
            throw new BackupException("cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            if (entry == null) throw new BackupException(path + " is not a Fanfold backup (it has no manifest.json)");
            try (InputStream in = zip.getInputStream(entry)) {
                return new BackupArchive(path, zip, Manifest.read(in));
            }
        } catch (IOException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // reporting the first problem
            }
            if (e instanceof BackupException b) throw b;
            throw new BackupException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every entry the manifest names and checks its checksum (and a file's size and path).
     *
     * @throws BackupException naming the first entry that is missing or damaged
     */
    void verify() {
        for (Manifest.TableEntry t : manifest.tables()) check(t.entry(), t.sha256(), -1);
        for (Manifest.FileEntry f : manifest.files()) {
            safePath(f.path());
            check(f.entry(), f.sha256(), f.size());
        }
    }

    private void check(String name, String sha256, long size) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) throw damaged(name + " is missing");
        MessageDigest sha = ZipSink.sha256();
        long n;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
            n = in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw damaged(name + " cannot be read (" + e.getMessage() + ")");
        }
        if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(sha256) || (size >= 0 && n != size)) {
            throw damaged(name + " does not match its checksum");
        }
    }

    private BackupException damaged(String what) {
        return new BackupException("the backup " + path + " is damaged: " + what);
    }

    /**
     * A data-directory path from the manifest, checked to stay inside the directory it is restored into.
     *
     * @throws BackupException for an absolute path or one that climbs out with ".."
     */
    static Path safePath(String portable) {
        boolean bad = portable.isEmpty() || portable.startsWith("/") || portable.contains("\\");
        for (String part : portable.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) bad = true;
        }
        if (bad) throw new BackupException("the backup names a file outside the data directory: " + portable);
        return Path.of(portable);
    }

    InputStream file(Manifest.FileEntry f) throws IOException {
        return zip.getInputStream(zip.getEntry(f.entry()));
    }

    /** The rows of a table's entry, read one at a time. */
    Rows rows(Manifest.TableEntry t) throws IOException {
        ZipEntry entry = zip.getEntry(t.entry());
        if (entry == null) throw damaged(t.entry() + " is missing");
        var reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
        return new Rows(t.name(), reader);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A table's header and, one by one, its rows. */
    static final class Rows implements AutoCloseable {

        /** A row: its number in the table (from 1), its values in column order and its length in characters. */
        record Row(long number, JsonNode values, int length) {}

        final String table;
        final List<String> columns = new ArrayList<>();
        final List<ColumnKind> kinds = new ArrayList<>();
        private final BufferedReader reader;
        private long number;

        private Rows(String table, BufferedReader reader) throws IOException {
            this.table = table;
            this.reader = reader;
            String header = reader.readLine();
            if (header == null) throw new BackupException("the archive's entry for table " + table + " is empty");
            JsonNode h = parse(header, "header");
            for (JsonNode c : h.path("columns")) {
                columns.add(c.path("name").asString());
                kinds.add(ColumnKind.ofLabel(c.path("kind").asString()));
            }
        }

        @Nullable
        Row next() throws IOException {
            String line;
            do {
                line = reader.readLine();
                if (line == null) return null;
            } while (line.isBlank());
            number++;
            JsonNode values = parse(line, "row " + number);
            if (!values.isArray() || values.size() != columns.size()) {
                throw new BackupException("the archive's table " + table + " has a malformed row " + number);
            }
            return new Row(number, values, line.length());
        }

        private JsonNode parse(String line, String what) {
            try {
                return Json.COMPACT.readTree(line);
            } catch (JacksonException e) {
                throw new BackupException(
                        "the archive's table " + table + " has a malformed " + what + ": " + e.getOriginalMessage());
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
