package org.fanfold.backup;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one table as JSON Lines: a header line (the table's name, its columns with their kinds, its primary key),
 * then one JSON array per row, by primary key. Rows are streamed, never held.
 */
final class TableDump {

    private TableDump() {}

    /** Writes {@code table}'s rows as {@code connection} sees them; returns how many. */
    static long write(Connection connection, Table table, boolean sqlite, OutputStream out) throws SQLException {
        long rows = 0;
        try (JsonGenerator json = Json.COMPACT.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("table", table.name());
            json.writeArrayPropertyStart("columns");
            for (Table.Column c : table.columns()) {
                json.writeStartObject();
                json.writeStringProperty("name", c.name());
                json.writeStringProperty("kind", c.kind().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("primaryKey");
            for (String k : table.primaryKey()) json.writeString(k);
            json.writeEndArray();
            json.writeEndObject();
            try (Statement s = connection.createStatement()) {
                s.setFetchSize(500);
                try (ResultSet rs = s.executeQuery(table.selectAll())) {
                    int n = table.columns().size();
                    while (rs.next()) {
                        json.writeStartArray();
                        for (int i = 0; i < n; i++) {
                            table.columns().get(i).kind().write(rs, i + 1, sqlite, json);
                        }
                        json.writeEndArray();
                        rows++;
                    }
                }
            }
            json.writeRaw('\n');
        }
        return rows;
    }
}
