package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class DatabasesTest {

    @Test
    void sqliteConnectionsReadThroughAMemoryMapInWalMode(@TempDir Path dir) {
        var props = new FanfoldProperties(dir, null, null, null, null);
        try (var pool = Databases.open(props)) {
            var jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("PRAGMA mmap_size").query(Long.class).single()).isEqualTo(Databases.MMAP_BYTES);
            assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single())
                    .isEqualToIgnoringCase("wal");
        }
    }
}
