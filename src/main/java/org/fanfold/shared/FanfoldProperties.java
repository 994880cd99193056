package org.fanfold.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings, from {@code application.properties}, {@code --fanfold.*} arguments or {@code FANFOLD_*} variables.
 *
 * @param data the data directory: SQLite file, search index, caches ({@code FANFOLD_DATA}, default {@code ./fanfold-data})
 * @param dbUrl a JDBC URL for PostgreSQL ({@code FANFOLD_DB_URL}); unset means SQLite inside {@code data}
 * @param dbUser the database user for {@code dbUrl} ({@code FANFOLD_DB_USER})
 * @param dbPassword the database password for {@code dbUrl} ({@code FANFOLD_DB_PASSWORD})
 * @param siteName the archive's name in page titles and headers
 */
@ConfigurationProperties("fanfold")
public record FanfoldProperties(
        @Nullable Path data,
        @Nullable String dbUrl,
        @Nullable String dbUser,
        @Nullable String dbPassword,
        @Nullable String siteName) {

    public Path dataDir() {
        return data == null ? Path.of("fanfold-data").toAbsolutePath() : data.toAbsolutePath();
    }

    public String name() {
        return siteName == null || siteName.isBlank() ? "Fanfold" : siteName;
    }

    public boolean usesSqlite() {
        return dbUrl == null || dbUrl.isBlank() || dbUrl.startsWith("jdbc:sqlite:");
    }
}
