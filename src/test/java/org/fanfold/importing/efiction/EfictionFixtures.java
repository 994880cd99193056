package org.fanfold.importing.efiction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The synthetic eFiction archive in {@code src/test/resources/efiction} (see its README), copied where tests need it. */
final class EfictionFixtures {

    private EfictionFixtures() {}

    /** A file of the test archive, where the test classpath has it. */
    static Path resource(String name) {
        try {
            return Path.of(
                    EfictionFixtures.class.getResource("/efiction/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the dump {@code dumpName} and its story folder in {@code dir}, to change or to run against. */
    static Path copy(Path dir, String dumpName) {
        try {
            Path source = resource("efiction.sql").getParent();
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = dir.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to);
                }
            }
            return dir.resolve(dumpName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
