package org.fanfold.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Inserts one table's rows from an archive, in batches of a thousand rows (or eight megabytes of text), each batch
 * one transaction with the database's constraint checks on. A value that names a later row of the same table (a
 * tag's merger made after it) is left NULL and set once every row is in. When a batch fails, its rows are tried one
 * by one to tell which row it was.
 */
final class TableLoader {

    static final int BATCH_ROWS = 1_000;
    static final long BATCH_CHARS = 8L << 20;

    private final Connection connection;
    private final Table target;
    private final BackupArchive.Rows rows;
    private final boolean sqlite;
    private final Table.Column[] columns;
    private final int idIndex;
    private final List<Integer> selfRefIndexes = new ArrayList<>();
    private final List<long[]> deferred = new ArrayList<>();
    private final String insert;

    TableLoader(Connection connection, Table target, BackupArchive.Rows rows, boolean sqlite) {
        this.connection = connection;
        this.target = target;
        this.rows = rows;
        this.sqlite = sqlite;
        this.columns = new Table.Column[rows.columns.size()];
        for (int i = 0; i < columns.length; i++) {
            Table.Column c = target.column(rows.columns.get(i));
            if (c == null) {
                throw new BackupException("the backup's table " + target.name() + " has a column " + rows.columns.get(i)
                        + " that this database's schema lacks");
            }
            columns[i] = c;
        }
        this.idIndex = target.integerId().map(id -> indexOf(id)).orElse(-1);
        if (idIndex >= 0) {
            for (String ref : target.selfReferences()) {
                int i = indexOf(ref);
                if (i >= 0) selfRefIndexes.add(i);
            }
        }
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (Table.Column c : columns) {
            names.add(Table.quote(c.name()));
            marks.add("?");
        }
        this.insert = "INSERT INTO " + Table.quote(target.name()) + " (" + names + ") VALUES (" + marks + ")";
    }

    private int indexOf(String column) {
        for (int i = 0; i < columns.length; i++) if (columns[i].name().equalsIgnoreCase(column)) return i;
        return -1;
    }

    /** Loads every row; {@code progress} hears each committed batch's row count. Returns the rows loaded. */
    long load(LongConsumer progress) throws SQLException, IOException {
        long loaded = 0;
        List<BackupArchive.Rows.Row> batch = new ArrayList<>();
        long chars = 0;
        BackupArchive.Rows.Row row;
        while ((row = rows.next()) != null) {
            batch.add(row);
            chars += row.length();
            if (batch.size() >= BATCH_ROWS || chars >= BATCH_CHARS) {
                loaded += flush(batch);
                progress.accept(batch.size());
                batch.clear();
                chars = 0;
            }
        }
        if (!batch.isEmpty()) {
            loaded += flush(batch);
            progress.accept(batch.size());
        }
        setDeferred();
        return loaded;
    }

    private int flush(List<BackupArchive.Rows.Row> batch) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            for (var row : batch) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
            return batch.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw locate(batch, e);
        }
    }

    /** Finds the row of a failed batch that the database refuses, trying each alone; nothing is kept. */
    private BackupException locate(List<BackupArchive.Rows.Row> batch, Exception cause) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            for (var row : batch) {
                try {
                    bind(ps, row);
                    ps.executeUpdate();
                } catch (SQLException | RuntimeException e) {
                    return failure(row, e);
                }
            }
        } finally {
            connection.rollback();
        }
        return failure(batch.getFirst(), cause);
    }

    private void bind(PreparedStatement ps, BackupArchive.Rows.Row row) throws SQLException {
        JsonNode values = row.values();
        for (int i = 0; i < columns.length; i++) {
            JsonNode value = values.get(i);
            if (deferrable(i, values, value)) {
                ps.setNull(i + 1, columns[i].sqlType());
                deferred.add(new long[] {values.get(idIndex).longValue(), i, value.longValue()});
                continue;
            }
            columns[i].kind().bind(ps, i + 1, columns[i].sqlType(), value, sqlite);
        }
    }

    /** A reference to a row of this table with a higher id, not inserted yet (rows come in id order). */
    private boolean deferrable(int i, JsonNode values, JsonNode value) {
        if (!selfRefIndexes.contains(i) || value == null || !value.isIntegralNumber()) return false;
        JsonNode id = values.get(idIndex);
        return id != null && id.isIntegralNumber() && value.longValue() > id.longValue();
    }

    private void setDeferred() throws SQLException {
        if (deferred.isEmpty()) return;
        String id = columns[idIndex].name();
        for (int from = 0; from < deferred.size(); from += BATCH_ROWS) {
            List<long[]> part = deferred.subList(from, Math.min(deferred.size(), from + BATCH_ROWS));
            try {
                for (long[] d : part) {
                    String sql = "UPDATE " + Table.quote(target.name()) + " SET "
                            + Table.quote(columns[(int) d[1]].name()) + " = ? WHERE " + Table.quote(id) + " = ?";
                    try (PreparedStatement ps = connection.prepareStatement(sql)) {
                        ps.setLong(1, d[2]);
                        ps.setLong(2, d[0]);
                        ps.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new BackupException(
                        "restore failed at table " + target.name() + ", setting "
                                + columns[(int) part.getFirst()[1]].name() + " of the row with " + id + " "
                                + part.getFirst()[0] + ": " + Backup.describe(e),
                        e);
            }
        }
    }

    private BackupException failure(BackupArchive.Rows.Row row, Exception e) {
        return new BackupException(
                "restore failed at table " + target.name() + ", row " + row.number() + key(row) + ": "
                        + Backup.describe(e),
                e);
    }

    /** " (id 57)" or " (work_id 3, tag_id 9)": the row's primary key, to find it by. */
    private String key(BackupArchive.Rows.Row row) {
        StringJoiner out = new StringJoiner(", ", " (", ")");
        out.setEmptyValue("");
        for (String k : target.primaryKey()) {
            int i = indexOf(k);
            if (i >= 0) out.add(k + " " + row.values().get(i));
        }
        return out.toString();
    }
}
