package org.fanfold.importing;

/**
 * A file that cannot be imported as it stands. The message names the problem and, where one applies, the line:
 * {@code bad rating "Q" (line 3)}.
 */
public class ImportException extends RuntimeException {

    private final String reason;
    private final int line;

    /**
     * @param reason what is wrong, without the line ("bad rating \"Q\"")
     * @param line the 1-based line number of the problem, or 0 when no single line is at fault
     */
    public ImportException(String reason, int line) {
        super(line > 0 ? reason + " (line " + line + ")" : reason);
        this.reason = reason;
        this.line = line;
    }

    /** What is wrong, without the line number. */
    public String reason() {
        return reason;
    }

    /** The 1-based line number of the problem, or 0 when no single line is at fault. */
    public int line() {
        return line;
    }
}
