package org.fanfold.importing;

import java.util.List;
import java.util.Locale;
import org.fanfold.importing.SourceText.Line;

/** Where a story's title comes from when the header names none, and the body line that merely repeats it. */
final class Titles {

    static final int MAX_LENGTH = 255;
    private static final int MAX_TITLE_LINE = 100;
    private static final int MAX_TITLE_WORDS = 15;

    private Titles() {}

    /**
     * The index of the body's title line, or -1. A title line is the first line, standing alone (a blank line
     * after it and more text after that), at most 100 characters and 15 words, and not reading like prose: it
     * does not end in a period, comma, colon, semicolon or ellipsis, nor open or close with a quotation mark or
     * dash, and is no chapter heading or scene break. A question or exclamation mark is allowed ("Why Me?").
     */
    static int titleLine(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) i++;
        if (i + 2 >= lines.size() || !lines.get(i + 1).blank()) return -1;
        String s = lines.get(i).stripped();
        boolean moreText = lines.subList(i + 1, lines.size()).stream().anyMatch(l -> !l.blank());
        boolean proseLike = s.length() > MAX_TITLE_LINE
                || s.split("\\s+").length > MAX_TITLE_WORDS
                || s.matches(".*[.,:;…]")
                || s.matches("[\"“”'‘’\\-–—].*|.*[\"“”'‘’\\-–—]");
        if (!moreText || proseLike) return -1;
        if (LineKinds.chapterTitle(s) != null || LineKinds.sceneBreak(s)) return -1;
        return i;
    }

    /** The title a file name suggests: without directories and extension, underscores and dashes as spaces. */
    static String fromFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) name = name.substring(0, dot);
        return name.replaceAll("[_\\-\\s]+", " ").strip();
    }

    /** Whether {@code line} says nothing but {@code title}, ignoring case, spaces and punctuation around it. */
    static boolean repeats(String line, String title) {
        return !title.isEmpty() && bare(line).equals(bare(title));
    }

    private static String bare(String s) {
        return s.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
