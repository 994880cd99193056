package org.fanfold.importing;

/**
 * A file that cannot be imported as it stands. The message names the problem and, where one applies, the place:
 * the line of a text or HTML file ({@code bad rating "Q" (line 3)}), or the chapter or part of an EPUB
 * ({@code a chapter has no text (chapter 2, OEBPS/ch2.xhtml)}).
 */
public class ImportException extends RuntimeException {

    private final String reason;
    private final int line;
    private final String place;

    /**
     * @param reason what is wrong, without the line ("bad rating \"Q\"")
     * @param line the 1-based line number of the problem, or 0 when no single line is at fault
     */
    public ImportException(String reason, int line) {
        this(reason, line, line > 0 ? "line " + line : "");
    }

    /**
     * @param reason what is wrong, without the place
     * @param place where in the file: "chapter 2", "OEBPS/ch2.xhtml, line 14"; "" when nowhere in particular
     */
    public ImportException(String reason, String place) {
        this(reason, 0, place);
    }

    private ImportException(String reason, int line, String place) {
        super(place.isEmpty() ? reason : reason + " (" + place + ")");
        this.reason = reason;
        this.line = line;
        this.place = place;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }

    /** The 1-based line number of the problem, or 0 when no single line is at fault or the place is no line. */
    public int line() {
        return line;
    }

    /** Where in the file the problem is ("line 3", "chapter 2"), or "". */
    public String place() {
        return place;
    }
}
