package org.fanfold.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data directory's files a backup keeps: everything people put there (pseud icons under {@code icons/}, fonts
 * an admin added under {@code fonts/}, and whatever else is uploaded there) but what the archive remakes by itself —
 * the search index ({@code index/}, rebuilt on restore), the downloads cache ({@code downloads/}), the SQLite
 * database's own files (dumped as tables instead) and temporary {@code .part} files.
 */
final class DataFiles {

    private static final Set<String> REMADE_DIRS = Set.of("index", "downloads");
    private static final List<String> SQLITE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

    private DataFiles() {}

    /**
     * The files under {@code dataDir} to back up, as paths relative to it, sorted; {@code leaveOut} are further
     * files to skip (the archive being written, the SQLite file when it lives elsewhere under another name).
     */
    static List<Path> list(Path dataDir, Set<Path> leaveOut) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) return out;
        Set<Path> skip = new HashSet<>();
        for (Path p : leaveOut) skip.add(p.toAbsolutePath().normalize());
        for (String suffix : SQLITE_SUFFIXES)
            skip.add(dataDir.resolve("fanfold.db" + suffix).toAbsolutePath());
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.getParent() != null
                        && dir.getParent().equals(dataDir)
                        && REMADE_DIRS.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                if (file.getFileName().toString().endsWith(".part")) return FileVisitResult.CONTINUE;
                if (skip.contains(file.toAbsolutePath().normalize())) return FileVisitResult.CONTINUE;
                out.add(dataDir.relativize(file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE; // removed meanwhile
                throw e;
            }
        });
        out.sort(null);
        return out;
    }

    /** {@code sqlite} database files to leave out besides {@code fanfold.db}: the file a SQLite URL names. */
    static Set<Path> sqliteFiles(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) return Set.of();
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) return Set.of();
        Set<Path> out = new HashSet<>();
        for (String suffix : SQLITE_SUFFIXES) out.add(Path.of(path + suffix));
        return out;
    }

    /** A relative path with '/' between its parts, as zip entries and the manifest name files. */
    static String portable(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path p : relative) parts.add(p.toString());
        return String.join("/", parts);
    }
}
