package org.fanfold.importing.efiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a MySQL dump without a MySQL server: {@code CREATE TABLE} for column names and {@code INSERT INTO … VALUES
 * (…),(…);} (also {@code REPLACE}, with or without a column list, one row or many, across any number of lines) for
 * rows, with MySQL's strings (single or double quotes, backslash escapes, doubled quotes), NULL, numbers and hex
 * literals; every other statement is passed over. A row that cannot be read is reported with its line and left out,
 * and reading goes on with the next row. A file that is not UTF-8 is read again as Windows-1252, the other encoding
 * eFiction archives were kept in.
 */
final class DumpParser {

    private static final Set<String> INSERT_MODIFIERS = Set.of("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE");

    private final DumpCursor in;
    private final DumpTables out;

    private DumpParser(Reader reader, DumpTables out) {
        this.in = new DumpCursor(reader);
        this.out = out;
    }

    /**
     * Reads the dump at {@code file}.
     *
     * @param wanted which tables (lower-case names) to keep rows of
     * @param defaults a table's usual columns, for dumps that name none
     * @throws IOException when the file cannot be read
     */
    static DumpTables parse(
            Path file, Predicate<String> wanted, Function<String, DumpTables.@Nullable Columns> defaults)
            throws IOException {
        String name = file.getFileName().toString();
        try (InputStream stream = Files.newInputStream(file)) {
            return parse(strictReader(stream, StandardCharsets.UTF_8), name, wanted, defaults);
        } catch (CharacterCodingException e) {
            try (InputStream stream = Files.newInputStream(file)) {
                DumpTables tables =
                        parse(new InputStreamReader(stream, Charset.forName("windows-1252")), name, wanted, defaults);
                tables.note(name + " is not UTF-8 text: it was read as Windows-1252.");
                return tables;
            }
        }
    }

    /** Reads a dump from {@code reader}; {@code file} names it in problems. */
    static DumpTables parse(
            Reader reader,
            String file,
            Predicate<String> wanted,
            Function<String, DumpTables.@Nullable Columns> defaults)
            throws IOException {
        var tables = new DumpTables(file, wanted, defaults);
        new DumpParser(reader, tables).statements();
        return tables;
    }

    private static Reader strictReader(InputStream stream, Charset charset) {
        return new InputStreamReader(
                stream,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private void statements() throws IOException {
        if (in.peek() == '\uFEFF') in.next();
        while (true) {
            try {
                in.skipBlanksAndComments();
                int c = in.peek();
                if (c == DumpCursor.EOF) return;
                if (c == ';') {
                    in.next();
                    continue;
                }
                int line = in.line();
                String word = in.word();
                if (word.isEmpty()) {
                    out.problem(line, "unexpected " + describe(c) + " where a statement should begin");
                    in.skipToEndOfLine();
                    continue;
                }
                switch (word.toUpperCase(Locale.ROOT)) {
                    case "INSERT", "REPLACE" -> insert(line);
                    case "CREATE" -> CreateTable.read(in, out);
                    default -> in.skipStatement();
                }
            } catch (DumpSyntaxException e) {
                out.problem(e.line(), e.getMessage());
                in.skipToEndOfLine();
            }
        }
    }

    private void insert(int line) throws IOException {
        String table = insertTable();
        List<String> columns = null;
        in.skipBlanksAndComments();
        if (in.peek() == '(') columns = columnList();
        in.skipBlanksAndComments();
        String keyword = in.word().toUpperCase(Locale.ROOT);
        if (!keyword.equals("VALUES") && !keyword.equals("VALUE")) {
            out.problem(line, "INSERT INTO " + table + " without VALUES (…) is not read");
            in.skipStatement();
            return;
        }
        while (true) {
            in.skipBlanksAndComments();
            int c = in.peek();
            if (c == DumpCursor.EOF) return;
            if (c == ';') {
                in.next();
                return;
            }
            if (c == ',') {
                in.next();
                continue;
            }
            if (Character.isLetter(c)) { // ON DUPLICATE KEY UPDATE …, or a statement after a broken row
                if (c == 'O' || c == 'o') in.skipStatement();
                return;
            }
            int rowLine = in.line();
            try {
                if (c != '(') throw new DumpSyntaxException("expected ( to begin a row, found " + describe(c), rowLine);
                out.row(table, columns, tuple(), rowLine);
            } catch (DumpSyntaxException e) {
                String where = e.line() == rowLine ? "" : " (in the row that begins on line " + rowLine + ")";
                out.problem(e.line(), e.getMessage() + where);
                in.skipToEndOfLine();
            }
        }
    }

    /** {@code [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [INTO] name}. */
    private String insertTable() throws IOException {
        while (true) {
            in.skipBlanksAndComments();
            if (in.peek() == '`') return in.name();
            String word = in.word();
            String upper = word.toUpperCase(Locale.ROOT);
            if (INSERT_MODIFIERS.contains(upper)) continue;
            if (upper.equals("INTO")) {
                in.skipBlanksAndComments();
                return required(in, in.name());
            }
            if (in.peek() == '.') {
                in.next();
                return required(in, in.name());
            }
            return required(in, word);
        }
    }

    static String required(DumpCursor in, String name) throws IOException {
        if (name.isEmpty()) {
            throw new DumpSyntaxException("expected a table name, found " + describe(in.peek()), in.line());
        }
        return name;
    }

    private List<String> columnList() throws IOException {
        in.next();
        List<String> names = new ArrayList<>();
        while (true) {
            in.skipBlanksAndComments();
            String name = in.name();
            if (name.isEmpty()) {
                throw new DumpSyntaxException("expected a column name, found " + describe(in.peek()), in.line());
            }
            names.add(name);
            in.skipBlanksAndComments();
            int c = in.next();
            if (c == ')') return names;
            if (c != ',') {
                throw new DumpSyntaxException("expected , or ) in the column list, found " + describe(c), in.line());
            }
        }
    }

    private List<@Nullable String> tuple() throws IOException {
        in.next();
        List<@Nullable String> values = new ArrayList<>();
        in.skipBlanksAndComments();
        if (in.accept(')')) return values;
        while (true) {
            in.skipBlanksAndComments();
            values.add(value());
            in.skipBlanksAndComments();
            int line = in.line();
            int c = in.next();
            if (c == ')') return values;
            if (c != ',') throw new DumpSyntaxException("expected , or ) after a value, found " + describe(c), line);
        }
    }

    private @Nullable String value() throws IOException {
        int c = in.peek();
        int line = in.line();
        if (c == '\'' || c == '"') return in.string();
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) return number();
        if (!DumpCursor.isWordChar(c)) {
            throw new DumpSyntaxException("unexpected " + describe(c) + " where a value should be", line);
        }
        String word = in.word();
        String upper = word.toUpperCase(Locale.ROOT);
        boolean quoteNext = in.peek() == '\'' || in.peek() == '"';
        if (upper.equals("NULL")) return null;
        if (upper.equals("TRUE")) return "1";
        if (upper.equals("FALSE")) return "0";
        if (quoteNext && upper.equals("N")) return in.string(); // N'…'
        if (upper.startsWith("_")) { // a character set: _utf8'…', _binary 0x…
            in.skipBlanks();
            return value();
        }
        if (quoteNext && upper.equals("X")) return hex(in.string(), line);
        throw new DumpSyntaxException("unexpected " + word + " where a value should be", line);
    }

    private String number() throws IOException {
        int line = in.line();
        var text = new StringBuilder();
        if (in.peek() == '-' || in.peek() == '+') text.append((char) in.next());
        if (in.peek() == '0' && (in.peek(1) == 'x' || in.peek(1) == 'X')) {
            in.next();
            in.next();
            return hex(in.word(), line);
        }
        while (isDigit(in.peek()) || in.peek() == '.') text.append((char) in.next());
        if ((in.peek() == 'e' || in.peek() == 'E')
                && (isDigit(in.peek(1)) || ((in.peek(1) == '-' || in.peek(1) == '+') && isDigit(in.peek(2))))) {
            text.append((char) in.next()).append((char) in.next());
            while (isDigit(in.peek())) text.append((char) in.next());
        }
        String number = text.toString();
        if (number.chars().noneMatch(DumpParser::isDigit) || DumpCursor.isWordChar(in.peek())) {
            String rest = DumpCursor.isWordChar(in.peek()) ? in.word() : "";
            throw new DumpSyntaxException("unexpected " + number + rest + " where a value should be", line);
        }
        return number.startsWith("+") ? number.substring(1) : number;
    }

    /** A hex literal's bytes, read as UTF-8 text (how dumps write binary columns holding text). */
    private static String hex(String digits, int line) {
        String even = digits.length() % 2 == 0 ? digits : "0" + digits;
        try {
            return new String(HexFormat.of().parseHex(even), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new DumpSyntaxException("0x" + digits + " is not a hex value", line);
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static String describe(int c) {
        if (c == DumpCursor.EOF) return "the end of the file";
        if (c == '\n' || c == '\r') return "the end of the line";
        return String.valueOf((char) c);
    }
}
