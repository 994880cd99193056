package org.fanfold.backup;

/**
 * A backup or restore that cannot go on, with a message for the person running it: what is wrong and, where it
 * helps, what to do ("the data directory … is not empty", "restore failed at table works, row 12 (id 57): …").
 */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
