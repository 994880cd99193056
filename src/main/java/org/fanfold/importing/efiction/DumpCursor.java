package org.fanfold.importing.efiction;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a MySQL dump a character at a time with two characters of look-ahead, counting lines, and knows MySQL's
 * lexical rules: quoted strings with backslash escapes, back-quoted names, and the three kinds of comment. Not
 * thread-safe.
 */
final class DumpCursor {

    static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private int line = 1;

    DumpCursor(Reader in) {
        this.in = in;
    }

    /** The 1-based line of the next character. */
    int line() {
        return line;
    }

    int peek() throws IOException {
        return peek(0);
    }

    /** The character {@code ahead} places after the next one (0: the next one), or {@link #EOF}. */
    int peek(int ahead) throws IOException {
        if (position + ahead >= length) fill(ahead + 1);
        return position + ahead < length ? buffer[position + ahead] : EOF;
    }

    int next() throws IOException {
        int c = peek();
        if (c != EOF) {
            position++;
            if (c == '\n') line++;
        }
        return c;
    }

    /** Consumes {@code c} if it comes next. */
    boolean accept(char c) throws IOException {
        if (peek() != c) return false;
        next();
        return true;
    }

    private void fill(int wanted) throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, length - position);
            length -= position;
            position = 0;
        }
        while (length < wanted) {
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) return;
            length += n;
        }
    }

    /** Skips white space and comments ({@code -- …}, {@code # …}, {@code /* … *}{@code /}, MySQL's {@code /*! … *}{@code /}). */
    void skipBlanksAndComments() throws IOException {
        while (true) {
            int c = peek();
            if (c == EOF) return;
            if (Character.isWhitespace(c)) {
                next();
            } else if (c == '#' || (c == '-' && peek(1) == '-' && isBlankOrEnd(peek(2)))) {
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                int started = line;
                next();
                next();
                while (!(peek() == '*' && peek(1) == '/')) {
                    if (next() == EOF)
                        throw new DumpSyntaxException("a comment that began here is never closed", started);
                }
                next();
                next();
            } else {
                return;
            }
        }
    }

    void skipBlanks() throws IOException {
        while (peek() != EOF && Character.isWhitespace(peek())) next();
    }

    void skipToEndOfLine() throws IOException {
        int c;
        do c = next();
        while (c != EOF && c != '\n');
    }

    /** A run of letters, digits, {@code _} and {@code $}; "" when none comes next. */
    String word() throws IOException {
        var out = new StringBuilder();
        while (isWordChar(peek())) out.append((char) next());
        return out.toString();
    }

    /** A table or column name, back-quoted or bare; of {@code db.table} only the table. "" when none comes next. */
    String name() throws IOException {
        String name = peek() == '`' ? quotedName() : word();
        if (!name.isEmpty() && peek() == '.') {
            next();
            return name();
        }
        return name;
    }

    private String quotedName() throws IOException {
        int started = line;
        next();
        var out = new StringBuilder();
        while (true) {
            int c = next();
            if (c == EOF) throw new DumpSyntaxException("a `name` that began here is never closed", started);
            if (c == '`') {
                if (peek() != '`') return out.toString();
                next();
            }
            out.append((char) c);
        }
    }

    /**
     * A string quoted with {@code quote} (the next character), with MySQL's escapes: {@code \0 \' \" \b \n \r \t \Z
     * \\}, a doubled quote for the quote itself, and {@code \%} and {@code \_} kept as written.
     */
    String string() throws IOException {
        int started = line;
        int quote = next();
        var out = new StringBuilder();
        while (true) {
            int c = next();
            if (c == EOF) {
                throw new DumpSyntaxException(
                        "a quoted value that began on line " + started + " is never closed", started);
            }
            if (c == quote) {
                if (peek() != quote) return out.toString();
                next();
                out.append((char) quote);
            } else if (c == '\\') {
                int e = next();
                switch (e) {
                    case EOF ->
                        throw new DumpSyntaxException(
                                "a quoted value that began on line " + started + " is never closed", started);
                    case '0' -> out.append('\0');
                    case 'b' -> out.append('\b');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'Z' -> out.append((char) 26);
                    case '%', '_' -> out.append('\\').append((char) e);
                    default -> out.append((char) e);
                }
            } else {
                out.append((char) c);
            }
        }
    }

    /** Skips the rest of a statement: up to and including its {@code ;}, passing over quoted text and comments. */
    void skipStatement() throws IOException {
        while (true) {
            skipBlanksAndComments();
            int c = peek();
            if (c == EOF) return;
            if (c == ';') {
                next();
                return;
            }
            if (c == '\'' || c == '"') string();
            else if (c == '`') quotedName();
            else next();
        }
    }

    static boolean isWordChar(int c) {
        return c != EOF && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }

    private static boolean isBlankOrEnd(int c) {
        return c == EOF || Character.isWhitespace(c);
    }
}
