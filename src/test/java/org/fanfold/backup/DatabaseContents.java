package org.fanfold.backup;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.TagPropagator;
import org.springframework.context.ApplicationContext;

/**
 * Everything in a database, read independently of the backup code so two databases of either kind can be compared
 * row by row: each table (Flyway's history aside) as its rows, each row its columns by name with values reduced to
 * what both databases store alike (whole numbers as longs, text, bytes in hex), rows sorted.
 */
final class DatabaseContents {

    private DatabaseContents() {}

    static Map<String, List<String>> read(DataSource ds) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            String schema = c.getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres")
                    ? "public"
                    : null;
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.equals("flyway_schema_history") && !name.startsWith("sqlite_")) tables.add(name);
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.put(md.getColumnName(i).toLowerCase(Locale.ROOT), normal(rs.getObject(i)));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
        }
        return out;
    }

    private static Object normal(Object v) {
        return switch (v) {
            case null -> "NULL";
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case BigInteger b -> b.longValueExact();
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Float f -> f.doubleValue();
            case byte[] bytes -> "0x" + HexFormat.of().formatHex(bytes);
            default -> v;
        };
    }

    /**
     * The source archive's contents once its background work (indexing, wrangling propagation, notices, mail, hit
     * counts, reading history written every five seconds) has stopped changing them: the same for six seconds.
     */
    static Map<String, List<String>> settled(ApplicationContext context, DataSource ds) throws Exception {
        Map<String, List<String>> last = null;
        int same = 0;
        for (int i = 0; i < 120; i++) {
            context.getBean(TagPropagator.class).drain();
            context.getBean(WorkIndexer.class).drain();
            Map<String, List<String>> now = read(ds);
            if (now.equals(last)) {
                if (++same >= 12) return now;
            } else {
                same = 0;
            }
            last = now;
            Thread.sleep(500);
        }
        throw new AssertionError("the archive kept changing");
    }

    /** The data directory's own files (not the database, index or downloads cache), by relative path. */
    static List<Path> files(Path dataDir) throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile)
                    .map(dataDir::relativize)
                    .filter(p -> !p.startsWith("index") && !p.startsWith("downloads"))
                    .filter(p -> !p.getFileName().toString().startsWith("fanfold.db"))
                    .sorted()
                    .toList();
        }
    }
}
