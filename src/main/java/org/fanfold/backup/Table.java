package org.fanfold.backup;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table as the database describes it: its columns in order, its primary key and the foreign keys it holds.
 *
 * @param primaryKey the key's columns in key order; empty when it has none
 */
record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    /** A column with its kind, JDBC type and whether it may be NULL. */
    record Column(String name, ColumnKind kind, int sqlType, boolean nullable) {}

    /** A foreign key from {@code columns} of this table to {@code refColumns} of {@code refTable}. */
    record ForeignKey(List<String> columns, String refTable, List<String> refColumns) {}

    @Nullable
    Column column(String name) {
        for (Column c : columns) if (c.name().equalsIgnoreCase(name)) return c;
        return null;
    }

    /** The primary key when it is one integer column (an id), which rows are ordered by. */
    Optional<String> integerId() {
        if (primaryKey.size() != 1) return Optional.empty();
        Column c = column(primaryKey.getFirst());
        return c != null && c.kind() == ColumnKind.INTEGER ? Optional.of(c.name()) : Optional.empty();
    }

    /**
     * The nullable columns that refer to this table's own integer id (a comment's parent, a tag's merger): a row
     * may name a row that comes after it, so such a value is first left NULL and set once the table is in.
     */
    List<String> selfReferences() {
        Optional<String> id = integerId();
        if (id.isEmpty()) return List.of();
        return foreignKeys.stream()
                .filter(fk -> fk.refTable().equalsIgnoreCase(name)
                        && fk.columns().size() == 1
                        && fk.refColumns().equals(List.of(id.get())))
                .map(fk -> fk.columns().getFirst())
                .filter(c -> column(c) != null && column(c).nullable())
                .toList();
    }

    /** The tables this one refers to, itself left out. */
    List<String> references() {
        return foreignKeys.stream()
                .map(ForeignKey::refTable)
                .filter(t -> !t.equalsIgnoreCase(name))
                .distinct()
                .toList();
    }

    /** The SQL to read every row, by primary key (by every column when there is none). */
    String selectAll() {
        List<String> order =
                primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
        return "SELECT "
                + String.join(", ", columns.stream().map(c -> quote(c.name())).toList()) + " FROM " + quote(name)
                + " ORDER BY "
                + String.join(", ", order.stream().map(Table::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
