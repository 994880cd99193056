package org.fanfold.importing.efiction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@code CREATE TABLE} statement for its column names, in order (the rest of each definition, keys and
 * table options are passed over); any other {@code CREATE} is skipped whole. Called after the word {@code CREATE}.
 */
final class CreateTable {

    private static final Set<String> NOT_COLUMNS =
            Set.of("PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK");

    private CreateTable() {}

    static void read(DumpCursor in, DumpTables out) throws IOException {
        in.skipBlanksAndComments();
        String word = in.word().toUpperCase(Locale.ROOT);
        if (word.equals("TEMPORARY")) {
            in.skipBlanksAndComments();
            word = in.word().toUpperCase(Locale.ROOT);
        }
        if (!word.equals("TABLE")) {
            in.skipStatement();
            return;
        }
        in.skipBlanksAndComments();
        boolean quoted = in.peek() == '`';
        String table = in.name();
        if (!quoted && table.equalsIgnoreCase("IF")) { // IF NOT EXISTS
            in.skipBlanksAndComments();
            in.word();
            in.skipBlanksAndComments();
            in.word();
            in.skipBlanksAndComments();
            table = in.name();
        }
        DumpParser.required(in, table);
        in.skipBlanksAndComments();
        if (in.peek() != '(') { // CREATE TABLE … LIKE …, … AS SELECT …
            in.skipStatement();
            return;
        }
        in.next();
        List<String> columns = new ArrayList<>();
        boolean more = true;
        while (more) {
            in.skipBlanksAndComments();
            boolean quotedName = in.peek() == '`';
            String first = in.name();
            if (first.isEmpty()) {
                throw new DumpSyntaxException(
                        "expected a column of " + table + ", found " + DumpParser.describe(in.peek()), in.line());
            }
            if (quotedName || !NOT_COLUMNS.contains(first.toUpperCase(Locale.ROOT))) columns.add(first);
            more = skipDefinition(in);
        }
        out.created(table, columns);
        in.skipStatement();
    }

    /** Skips the rest of one column or key definition; returns whether another follows (else the list ended). */
    private static boolean skipDefinition(DumpCursor in) throws IOException {
        int depth = 0;
        while (true) {
            int c = in.peek();
            switch (c) {
                case DumpCursor.EOF -> throw new DumpSyntaxException("CREATE TABLE is never closed", in.line());
                case '\'', '"' -> in.string();
                case '`' -> in.name();
                case '(' -> {
                    depth++;
                    in.next();
                }
                case ')' -> {
                    in.next();
                    if (depth-- == 0) return false;
                }
                case ',' -> {
                    in.next();
                    if (depth == 0) return true;
                }
                default -> in.next();
            }
        }
    }
}
