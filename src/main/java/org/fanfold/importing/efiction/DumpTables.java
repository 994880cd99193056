package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a dump held: the rows of the tables asked for, each with its values by column name, and the lines that could
 * not be read. A row's columns come from its INSERT's column list, else from the table's CREATE TABLE, else from the
 * table's usual columns ({@code defaults}: eFiction's own backups write neither). Table names are kept in lower case
 * (MySQL on Windows folds them). Not thread-safe.
 */
final class DumpTables {

    private final String file;
    private final Predicate<String> wanted;
    private final Function<String, @Nullable Columns> defaults;
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, List<String>> created = new HashMap<>();
    private final Map<String, List<DumpRow>> rows = new LinkedHashMap<>();
    private final List<DumpProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * A table's usual columns, in order.
     *
     * @param leadingOnly whether these are only its first columns (rows may have more values, which are dropped)
     */
    record Columns(List<String> names, boolean leadingOnly) {}

    /**
     * @param file the dump's name, for problems
     * @param wanted which tables (lower-case names) to keep rows of
     * @param defaults a table's usual columns, or null when unknown
     */
    DumpTables(String file, Predicate<String> wanted, Function<String, @Nullable Columns> defaults) {
        this.file = file;
        this.wanted = wanted;
        this.defaults = defaults;
    }

    String file() {
        return file;
    }

    void created(String table, List<String> columns) {
        String t = key(table);
        seen.add(t);
        created.put(t, List.copyOf(columns));
    }

    /** Adds a row; a row whose values do not match its columns is a problem instead. */
    void row(String table, @Nullable List<String> columns, List<@Nullable String> values, int line) {
        String t = key(table);
        seen.add(t);
        if (!wanted.test(t)) return;
        List<String> names = columns != null ? columns : created.get(t);
        boolean leadingOnly = false;
        if (names == null) {
            Columns usual = defaults.apply(t);
            if (usual == null) {
                problem(
                        line,
                        "the dump does not say which columns " + table + " has (no CREATE TABLE, no column list)");
                return;
            }
            names = usual.names();
            leadingOnly = usual.leadingOnly();
        }
        if (names.size() != values.size() && !(leadingOnly && values.size() > names.size())) {
            problem(
                    line,
                    "a row of " + table + " has " + values.size() + " values but the table has " + names.size()
                            + " columns");
            return;
        }
        Map<String, @Nullable String> byName = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) byName.put(names.get(i).toLowerCase(Locale.ROOT), values.get(i));
        rows.computeIfAbsent(t, k -> new ArrayList<>()).add(new DumpRow(line, byName));
    }

    void problem(int line, String message) {
        problems.add(new DumpProblem(file, line, message));
    }

    void note(String note) {
        notes.add(note);
    }

    /** The rows kept of {@code table}, in dump order; empty when it had none. */
    List<DumpRow> rows(String table) {
        return rows.getOrDefault(key(table), List.of());
    }

    /** Whether the dump created or filled {@code table}. */
    boolean has(String table) {
        return seen.contains(key(table));
    }

    /** Every table the dump created or filled, lower case, in order of appearance. */
    Set<String> tables() {
        return seen;
    }

    List<DumpProblem> problems() {
        return problems;
    }

    List<String> notes() {
        return notes;
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
