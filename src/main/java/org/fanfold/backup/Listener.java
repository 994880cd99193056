package org.fanfold.backup;

/** Hears how a backup or restore is getting on, for a progress display; every method does nothing by default. */
public interface Listener {

    /** A restore has checked the archive and is about to load it. */
    default void started(Manifest manifest) {}

    /** A table was written into the archive or loaded from it. */
    default void table(String name, long rows) {}

    /** {@code done} rows of the archive are loaded so far (a restore calls this as it goes). */
    default void rows(long done) {}

    /** A file of the data directory was written into the archive or restored from it. */
    default void file(String path, long size) {}

    Listener NONE = new Listener() {};
}
