package org.fanfold.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * What a backup holds, written as {@code manifest.json}, the archive's last entry.
 *
 * @param format the archive format's version ({@value #FORMAT}); a restore refuses formats it does not know
 * @param fanfoldVersion the version of the Fanfold that made it
 * @param schemaVersion the Flyway schema version of the database it was made from
 * @param database the database it was made from: {@code sqlite} or {@code postgresql}
 * @param createdAt when its snapshot was taken (ISO-8601, UTC)
 * @param tables the tables in foreign-key order, each with its entry, row count and SHA-256
 * @param sequences the last id each table's identity column handed out
 * @param files the data directory's files, each with its path there, size and SHA-256
 */
public record Manifest(
        int format,
        String fanfoldVersion,
        String schemaVersion,
        String database,
        String createdAt,
        List<TableEntry> tables,
        Map<String, Long> sequences,
        List<FileEntry> files) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    /** A table's dump: entry {@code database/{name}.jsonl}. */
    public record TableEntry(String name, String entry, long rows, String sha256) {}

    /** A data-directory file at {@code path} (relative, with '/'): entry {@code files/{path}}. */
    public record FileEntry(String path, long size, String sha256) {
        String entry() {
            return "files/" + path;
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    public long totalFileBytes() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }

    void write(OutputStream out) {
        Json.PRETTY.writeValue(out, this);
    }

    static Manifest read(InputStream in) {
        Manifest m;
        try {
            m = Json.PRETTY.readValue(in, Manifest.class);
        } catch (JacksonException e) {
            throw new BackupException("the archive's manifest.json cannot be read: " + e.getOriginalMessage(), e);
        }
        if (m.format() != FORMAT) {
            throw new BackupException("the archive is in backup format " + m.format()
                    + ", which this Fanfold does not know (it reads format " + FORMAT + ")");
        }
        if (m.tables() == null || m.files() == null || m.schemaVersion() == null) {
            throw new BackupException("the archive's manifest.json is incomplete");
        }
        return m;
    }
}
