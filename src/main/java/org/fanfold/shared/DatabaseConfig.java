package org.fanfold.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database: SQLite in the data directory unless {@code FANFOLD_DB_URL} names PostgreSQL.
 *
 * <p>SQLite runs in WAL mode so readers never block the writer, with a busy timeout so a second process (the CLI
 * beside the server) waits for the write lock instead of failing, and with IMMEDIATE transactions: a transaction
 * takes the write lock when it begins, so two transactions can never deadlock upgrading from read to write. Reads
 * run outside transactions and are not serialized.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(FanfoldProperties props) {
        var config = new HikariConfig();
        config.setPoolName("fanfold");
        if (props.usesSqlite()) {
            String url = props.dbUrl();
            if (url == null || url.isBlank()) {
                try {
                    Files.createDirectories(props.dataDir());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the data directory " + props.dataDir(), e);
                }
                url = "jdbc:sqlite:" + props.dataDir().resolve("fanfold.db");
            }
            config.setJdbcUrl(url);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "30000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("date_class", "INTEGER");
            config.setMaximumPoolSize(6);
        } else {
            if (!props.dbUrl().startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(
                        "FANFOLD_DB_URL must be a PostgreSQL URL (jdbc:postgresql://host:5432/db)"
                                + " or a SQLite one (jdbc:sqlite:/path/file.db), but it is \"" + props.dbUrl() + "\"");
            }
            config.setJdbcUrl(props.dbUrl());
            if (props.dbUser() != null) config.setUsername(props.dbUser());
            if (props.dbPassword() != null) config.setPassword(props.dbPassword());
            config.setMaximumPoolSize(12);
        }
        return new HikariDataSource(config);
    }
}
