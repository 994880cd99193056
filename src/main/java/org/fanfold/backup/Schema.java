package org.fanfold.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the archive's database as JDBC metadata describes them, in foreign-key order: every table comes
 * after the tables it refers to, so rows inserted in this order always find what they name. Flyway's history and
 * SQLite's own tables are left out.
 */
final class Schema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private Schema() {}

    /** The tables in {@code schema} (null for SQLite), parents before children. */
    static List<Table> read(Connection connection, @Nullable String schema) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals(FLYWAY_HISTORY) || lower.startsWith("sqlite_")) continue;
                names.add(name);
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) tables.put(name, table(md, schema, name));
        return order(tables);
    }

    /** Every table in {@code schema}, Flyway's history included (SQLite's own tables aside). */
    static List<String> anyTables(Connection connection, @Nullable String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) names.add(name);
            }
        }
        return names;
    }

    private static Table table(DatabaseMetaData md, @Nullable String schema, String name) throws SQLException {
        List<Table.Column> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                columns.add(new Table.Column(
                        rs.getString("COLUMN_NAME"),
                        ColumnKind.of(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")),
                        rs.getInt("DATA_TYPE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        // Grouped by the key's name where the driver gives one, else by the referenced table and the key's start.
        Map<String, List<String[]>> keys = new LinkedHashMap<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
            int n = 0;
            while (rs.next()) {
                String fkName = rs.getString("FK_NAME");
                int seq = rs.getInt("KEY_SEQ");
                if (seq <= 1) n++;
                String group = fkName != null && !fkName.isEmpty() ? fkName : rs.getString("PKTABLE_NAME") + "#" + n;
                keys.computeIfAbsent(group, g -> new ArrayList<>()).add(new String[] {
                    rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")
                });
            }
        }
        List<Table.ForeignKey> foreignKeys = new ArrayList<>();
        for (List<String[]> parts : keys.values()) {
            foreignKeys.add(new Table.ForeignKey(
                    parts.stream().map(p -> p[0]).toList(),
                    parts.getFirst()[1],
                    parts.stream().map(p -> p[2]).toList()));
        }
        return new Table(name, columns, List.copyOf(key.values()), foreignKeys);
    }

    /**
     * Orders tables so each follows those it refers to (Kahn's algorithm, ties by name for a stable order).
     *
     * @throws BackupException when tables refer to each other in a cycle: no insertion order would satisfy them
     */
    static List<Table> order(Map<String, Table> tables) {
        Map<String, Table> byKey = new HashMap<>();
        tables.values().forEach(t -> byKey.put(t.name().toLowerCase(Locale.ROOT), t));
        Map<String, Integer> waiting = new TreeMap<>();
        for (Table t : tables.values()) {
            int n = 0;
            for (String ref : t.references()) if (byKey.containsKey(ref.toLowerCase(Locale.ROOT))) n++;
            waiting.put(t.name(), n);
        }
        List<Table> out = new ArrayList<>();
        while (!waiting.isEmpty()) {
            String next = waiting.entrySet().stream()
                    .filter(e -> e.getValue() == 0)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new BackupException("the tables " + String.join(", ", waiting.keySet())
                            + " refer to each other in a cycle, so there is no order to insert their rows in"));
            waiting.remove(next);
            Table done = tables.get(next);
            out.add(done);
            for (Table t : tables.values()) {
                if (waiting.containsKey(t.name())
                        && t.references().stream().anyMatch(r -> r.equalsIgnoreCase(done.name()))) {
                    waiting.merge(t.name(), -1, Integer::sum);
                }
            }
        }
        return out;
    }
}
