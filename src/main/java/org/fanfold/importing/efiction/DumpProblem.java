package org.fanfold.importing.efiction;

/**
 * A line of a dump that could not be read; what it held is left out of the import.
 *
 * @param file the dump's file name, as given
 * @param line the 1-based line number
 * @param message what is wrong there
 */
public record DumpProblem(String file, int line, String message) {

    /** "efiction.sql line 12: expected , or ) after a value, found s". */
    @Override
    public String toString() {
        return file + " line " + line + ": " + message;
    }
}
