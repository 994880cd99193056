package org.fanfold.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application at a fresh data directory and, for PostgreSQL, at an embedded server. */
public final class TestDatabases {

    private TestDatabases() {}

    /** SQLite (the default) in a new temporary data directory. */
    public static final class Sqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path data = TestData.tempDir("fanfold-sqlite");
            TestPropertyValues.of("fanfold.data=" + data, "fanfold.hits.flush-ms=100")
                    .applyTo(context);
        }
    }

    /** An embedded PostgreSQL 18, one per JVM, with a database per application context. */
    public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            usePostgres(context, newPostgresDatabase());
        }
    }

    /**
     * PostgreSQL as {@link Postgres} gives it, but comparing text as English does (ICU's {@code en-US}: accents and
     * punctuation count for less than letters), as many servers' databases do, rather than by code point.
     */
    public static final class PostgresEnglish implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            usePostgres(
                    context,
                    newPostgresDatabase("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'"));
        }
    }

    private static void usePostgres(ConfigurableApplicationContext context, String url) {
        Path data = TestData.tempDir("fanfold-pg");
        TestPropertyValues.of(
                        "fanfold.data=" + data,
                        "fanfold.db-url=" + url,
                        "fanfold.db-user=postgres",
                        "fanfold.db-password=postgres",
                        "fanfold.hits.flush-ms=100")
                .applyTo(context);
    }

    /**
     * A new, empty database on the embedded PostgreSQL server (started on first use), for tests that need one of
     * their own; its JDBC URL. User and password are both {@code postgres}.
     */
    public static String newPostgresDatabase() {
        return newPostgresDatabase("");
    }

    /** A new, empty database as {@link #newPostgresDatabase()} makes, with these {@code CREATE DATABASE} options. */
    public static String newPostgresDatabase(String options) {
        EmbeddedPostgres pg = Server.INSTANCE;
        String db = "fanfold_" + Math.abs(System.nanoTime() % 1_000_000_000L);
        try (var c = pg.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " " + options);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
        return pg.getJdbcUrl("postgres", db);
    }

    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
