package org.fanfold.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written in a backup and read back, whatever the database: the kinds both SQLite and
 * PostgreSQL columns fall into. A column's kind is told by its declared type name first (SQLite reports most
 * declared types as VARCHAR or INTEGER through JDBC, but keeps their names) and by its JDBC type otherwise.
 */
enum ColumnKind {
    INTEGER,
    REAL,
    DECIMAL,
    BOOLEAN,
    TEXT,
    TIMESTAMP,
    TIMESTAMPTZ,
    DATE,
    BLOB,
    OTHER;

    /** The name written in a table's header line. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ColumnKind ofLabel(String label) {
        try {
            return valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BackupException("unknown column kind \"" + label + "\" in the archive");
        }
    }

    /** The kind of a column of JDBC type {@code sqlType} declared as {@code typeName}. */
    static ColumnKind of(int sqlType, String typeName) {
        String name = typeName.toUpperCase(Locale.ROOT);
        if (name.contains("BOOL")) return BOOLEAN;
        if (name.contains("BLOB") || name.contains("BYTEA") || name.contains("BINARY")) return BLOB;
        if (name.equals("TIMESTAMPTZ") || name.contains("WITH TIME ZONE")) return TIMESTAMPTZ;
        if (name.startsWith("TIMESTAMP") || name.equals("DATETIME")) return TIMESTAMP;
        if (name.equals("DATE")) return DATE;
        if (name.contains("INTERVAL")) return OTHER;
        if (name.contains("INT") || name.contains("SERIAL")) return INTEGER;
        if (name.contains("CHAR") || name.contains("TEXT") || name.contains("CLOB")) return TEXT;
        if (name.contains("REAL") || name.contains("FLOA") || name.contains("DOUB")) return REAL;
        if (name.contains("NUMERIC") || name.contains("DECIMAL")) return DECIMAL;
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> REAL;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> TEXT;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMPTZ;
            case Types.DATE -> DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BLOB;
            default -> OTHER;
        };
    }

    /** Writes column {@code i} of the current row as this kind's JSON value. */
    void write(ResultSet rs, int i, boolean sqlite, JsonGenerator json) throws SQLException {
        switch (this) {
            case INTEGER -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) json.writeNull();
                else json.writeNumber(v);
            }
            case REAL -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) json.writeNull();
                else json.writeNumber(v);
            }
            case DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(i);
                if (v == null) json.writeNull();
                else json.writeNumber(v);
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) json.writeNull();
                else json.writeBoolean(v);
            }
            case BLOB -> {
                byte[] v = rs.getBytes(i);
                if (v == null) json.writeNull();
                else json.writeString(Base64.getEncoder().encodeToString(v));
            }
            case TIMESTAMPTZ -> writeText(json, sqlite ? rs.getString(i) : rs.getObject(i, OffsetDateTime.class));
            case TIMESTAMP -> writeText(json, sqlite ? rs.getString(i) : rs.getObject(i, LocalDateTime.class));
            case DATE -> writeText(json, sqlite ? rs.getString(i) : rs.getObject(i, LocalDate.class));
            case TEXT, OTHER -> writeText(json, rs.getString(i));
        }
    }

    private static void writeText(JsonGenerator json, @Nullable Object value) {
        if (value == null) json.writeNull();
        else json.writeString(value.toString());
    }

    /**
     * Binds {@code value}, read from an archive, as parameter {@code i} of a statement inserting into a column of
     * this kind (the target's kind, which may differ from the source's: an integer flag may become a boolean).
     */
    void bind(PreparedStatement ps, int i, int sqlType, @Nullable JsonNode value, boolean sqlite) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(i, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> {
                if (value.isBoolean()) ps.setLong(i, value.booleanValue() ? 1 : 0);
                else if (value.isNumber()) ps.setLong(i, value.longValue());
                else ps.setLong(i, Long.parseLong(value.asString().strip()));
            }
            case REAL -> ps.setDouble(i, value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asString()));
            case DECIMAL ->
                ps.setBigDecimal(i, value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString()));
            case BOOLEAN -> {
                if (value.isBoolean()) ps.setBoolean(i, value.booleanValue());
                else if (value.isNumber()) ps.setBoolean(i, value.longValue() != 0);
                else ps.setBoolean(i, value.asString().equals("1") || Boolean.parseBoolean(value.asString()));
            }
            case BLOB -> ps.setBytes(i, Base64.getDecoder().decode(value.asString()));
            case TIMESTAMPTZ -> {
                if (sqlite) ps.setString(i, value.asString());
                else ps.setObject(i, OffsetDateTime.parse(value.asString()));
            }
            case TIMESTAMP -> {
                if (sqlite) ps.setString(i, value.asString());
                else ps.setObject(i, LocalDateTime.parse(value.asString()));
            }
            case DATE -> {
                if (sqlite) ps.setString(i, value.asString());
                else ps.setObject(i, LocalDate.parse(value.asString()));
            }
            case TEXT -> ps.setString(i, value.asString());
            case OTHER -> {
                if (sqlite) ps.setString(i, value.asString());
                else ps.setObject(i, value.asString(), Types.OTHER);
            }
        }
    }
}
