/**
 * Backup, restore and each user's export of their own works and bookmarks.
 *
 * <p>A backup ({@link org.fanfold.backup.Backup}) is a zip holding a <em>logical</em> dump of the database and the
 * uploaded files of the data directory, so the same archive restores onto SQLite or PostgreSQL
 * ({@link org.fanfold.backup.Restore}) whichever it came from:
 *
 * <ul>
 *   <li>{@code database/{table}.jsonl}: JSON Lines, one table each (every table but Flyway's history). The first line
 *       names the table and its columns with a kind each ({@code integer}, {@code real}, {@code decimal},
 *       {@code boolean}, {@code text}, {@code timestamp}, {@code timestamptz}, {@code date}, {@code blob},
 *       {@code other}); every further line is one row, a JSON array in column order, by primary key: integers and
 *       reals as JSON numbers, decimals as exact JSON numbers, booleans as {@code true}/{@code false}, text as
 *       strings, timestamps as ISO-8601 strings, blobs as base64 strings, SQL NULL as {@code null}.
 *   <li>{@code files/…}: the data directory's own files (pseud icons, fonts an admin added, anything else uploaded)
 *       under their paths there; not the database file, the search index, the downloads cache or temporary files,
 *       which are remade.
 *   <li>{@code manifest.json}, the last entry: the format version, the Fanfold version, the Flyway schema version,
 *       the database kind, the time, each table's row count and SHA-256, each identity sequence's last value, and
 *       each file's size and SHA-256.
 * </ul>
 *
 * <p>Every table is read in one read-only snapshot transaction (SQLite: one read transaction, a snapshot under WAL;
 * PostgreSQL: REPEATABLE READ READ ONLY), so a backup taken while the server writes is consistent; files are copied
 * while that snapshot is open (the archive only ever adds or replaces whole files by name). A restore goes into an
 * empty data directory and database only, and leaves them empty again when it fails.
 */
@NullMarked
@ApplicationModule(displayName = "Backup and export")
package org.fanfold.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
