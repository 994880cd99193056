package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.importing.SourceText.Line;
import org.jspecify.annotations.Nullable;

/**
 * The optional header block: {@code Key: value} lines at the top of the file, up to the first blank line.
 *
 * <p>The block counts as a header only when its first line names a key the parser knows; otherwise a story that
 * opens with {@code Sakura: "Why?"} would be eaten. Inside the block, a line that does not look like
 * {@code Key: value} continues the value above it (a wrapped summary).
 *
 * @param fields the header's lines in order, known keys and unknown ones (key null) alike
 * @param bodyStart the index in the file's lines where the body begins
 */
record StoryHeader(List<Field> fields, int bodyStart) {

    /**
     * One header entry.
     *
     * @param key the known key, or null for one the parser does not recognise
     * @param name the key as the file spells it
     * @param value the value, continuation lines joined with "\n"
     * @param line the 1-based line the key is on
     */
    record Field(@Nullable HeaderKey key, String name, String value, int line) {
        /** The value on one line, for single-valued keys. */
        String flat() {
            return value.replaceAll("\\s*\n\\s*", " ").strip();
        }

        /** How the entry reads in the notes. */
        String asNote() {
            return name + ": " + flat();
        }
    }

    // A key is at most four short words: letters first, then letters, digits, apostrophes, slashes, dots, dashes.
    // "http://…" is no key: a wrapped note's link continues the value above.
    private static final Pattern KEY_VALUE =
            Pattern.compile("^\\s*(\\p{L}[\\p{L}\\p{N}'’/.\\-]*(?: [\\p{L}\\p{N}'’/.\\-]+){0,3})\\s*:(?!//)\\s?(.*)$");

    /** Reads the header at the top of {@code lines}; an empty header when there is none. */
    static StoryHeader read(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).blank()) i++;
        Matcher first = i < lines.size() ? KEY_VALUE.matcher(lines.get(i).text()) : null;
        if (first == null || !first.matches() || HeaderKey.of(first.group(1)) == null) {
            return new StoryHeader(List.of(), 0);
        }
        var fields = new ArrayList<Field>();
        for (; i < lines.size() && !lines.get(i).blank(); i++) {
            Line line = lines.get(i);
            Matcher m = KEY_VALUE.matcher(line.text());
            if (m.matches() && !m.group(1).isBlank()) {
                String name = m.group(1).strip();
                fields.add(new Field(HeaderKey.of(name), name, m.group(2).strip(), line.number()));
            } else {
                Field last = fields.removeLast();
                String value = last.value().isEmpty() ? line.stripped() : last.value() + "\n" + line.stripped();
                fields.add(new Field(last.key(), last.name(), value, last.line()));
            }
        }
        return new StoryHeader(fields, i);
    }

    boolean present() {
        return !fields.isEmpty();
    }

    /** The first non-empty field with {@code key}, or null. */
    @Nullable
    Field first(HeaderKey key) {
        for (Field f : fields) {
            if (f.key() == key && !f.value().isBlank()) return f;
        }
        return null;
    }

    /** All non-empty fields with {@code key}, in order. */
    List<Field> all(HeaderKey key) {
        return fields.stream()
                .filter(f -> f.key() == key && !f.value().isBlank())
                .toList();
    }
}
