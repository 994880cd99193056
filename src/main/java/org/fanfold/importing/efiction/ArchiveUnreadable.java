package org.fanfold.importing.efiction;

/** A dump the import cannot use at all (no stories table, several archives to choose from); nothing is imported. */
public class ArchiveUnreadable extends RuntimeException {

    public ArchiveUnreadable(String message) {
        super(message);
    }
}
