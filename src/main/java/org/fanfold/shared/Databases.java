package org.fanfold.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Opens the archive's database as the settings name it: SQLite in the data directory unless {@code FANFOLD_DB_URL}
 * names PostgreSQL. The application's one data source is made here, and so is the one a command makes when it must
 * reach the database without starting the application (restoring a backup into an empty database).
 *
 * <p>SQLite runs in WAL mode so readers never block the writer, with a busy timeout so a second process (the CLI
 * beside the server) waits for the write lock instead of failing, and with IMMEDIATE transactions: a transaction
 * takes the write lock when it begins, so two transactions can never deadlock upgrading from read to write. Reads
 * run outside transactions and are not serialized.
 */
public final class Databases {

    /** How much of a SQLite file is read through a memory map: up to SQLite's usual build limit of 2 GB. */
    static final long MMAP_BYTES = 2_147_418_112L;

    private Databases() {}

    /**
     * A new connection pool on the configured database; the caller closes it. Creates the data directory for a
     * SQLite file in it.
     *
     * @throws IllegalStateException when {@code FANFOLD_DB_URL} is neither a PostgreSQL nor a SQLite URL
     */
    public static HikariDataSource open(FanfoldProperties props) {
        var config = new HikariConfig();
        config.setPoolName("fanfold");
        if (props.usesSqlite()) {
            config.setJdbcUrl(sqliteUrl(props));
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("date_class", "INTEGER");
            // reads through a memory map of the file rather than a system call per page: reading 200,000 works'
            // rows by id took 3.2 s instead of 7.0 (most of it in the kernel), and a rebuild reads a million
            config.addDataSourceProperty("mmap_size", Long.toString(MMAP_BYTES));
            config.setMaximumPoolSize(6);
        } else {
            String url = props.dbUrl();
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(
                        "FANFOLD_DB_URL must be a PostgreSQL URL (jdbc:postgresql://host:5432/db)"
                                + " or a SQLite one (jdbc:sqlite:/path/file.db), but it is \"" + url + "\"");
            }
            config.setJdbcUrl(url);
            if (props.dbUser() != null) config.setUsername(props.dbUser());
            if (props.dbPassword() != null) config.setPassword(props.dbPassword());
            config.setMaximumPoolSize(12);
        }
        return new HikariDataSource(config);
    }

    /** The database's kind as Flyway's migration folders name it: {@code sqlite} or {@code postgresql}. */
    public static String vendor(FanfoldProperties props) {
        return props.usesSqlite() ? "sqlite" : "postgresql";
    }

    private static String sqliteUrl(FanfoldProperties props) {
        String url = props.dbUrl();
        if (url != null && !url.isBlank()) return url;
        try {
            Files.createDirectories(props.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + props.dataDir(), e);
        }
        return "jdbc:sqlite:" + props.dataDir().resolve("fanfold.db");
    }
}
