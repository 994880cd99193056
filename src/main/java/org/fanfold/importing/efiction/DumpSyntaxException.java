package org.fanfold.importing.efiction;

/** Text in a dump that is not the MySQL it should be, at a line. */
final class DumpSyntaxException extends RuntimeException {

    private final int line;

    DumpSyntaxException(String message, int line) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
