package org.fanfold.importing.efiction;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An eFiction archive as its dump holds it, read by {@link ArchiveReader}: the rows the import uses, typed, with
 * eFiction's ids. Text is as eFiction stored it (HTML with entities, or plain text); lists of ids are as written
 * ("3,10,16"), since some archives wrote names there instead.
 *
 * @param prefix the tables' prefix ({@code fanfiction_})
 * @param siteName the archive's name from its settings, or ""
 * @param siteUrl the archive's address from its settings, or ""
 * @param language the archive's language code from its settings ("en"), or ""
 * @param storiesPath the folder its story files were in ("stories"), or ""
 * @param stories in sid order
 * @param chapters by sid, in reading order
 * @param seriesEntries by sid: the series each story is part of
 * @param seriesParts by series id: its parts in order
 * @param reviews of stories, by sid, oldest first
 * @param otherReviews reviews of anything else (series, challenges), which have no place here
 * @param coauthors by sid: the co-authors' uids
 */
record EfictionArchive(
        String prefix,
        String siteName,
        String siteUrl,
        String language,
        String storiesPath,
        Map<Long, Author> authors,
        List<Story> stories,
        Map<Long, List<Chapter>> chapters,
        Map<Long, Series> series,
        Map<Long, List<SeriesEntry>> seriesEntries,
        Map<Long, List<SeriesEntry>> seriesParts,
        Map<Long, Category> categories,
        Map<Long, String> characters,
        Map<Long, Classification> classes,
        Map<Long, ClassType> classTypes,
        Map<Long, String> ratings,
        Map<Long, String> warnings,
        Map<Long, String> genres,
        Map<Long, List<Review>> reviews,
        List<Review> otherReviews,
        Map<Long, List<Long>> coauthors) {

    record Author(long uid, String penname, String email) {}

    /**
     * @param wid eFiction 3.0's warnings, as written
     * @param gid eFiction 3.0's genres, as written
     * @param published when it was first posted (epoch ms), or null when the dump has no usable date
     * @param updated when it last changed, or null
     * @param validated whether the archive's staff had approved it (only approved stories were public)
     * @param line the dump line its row begins on
     */
    record Story(
            long sid,
            String title,
            String summary,
            String notes,
            String catid,
            String classes,
            String charid,
            String rid,
            String wid,
            String gid,
            @Nullable Long published,
            @Nullable Long updated,
            long uid,
            boolean validated,
            boolean completed,
            int line) {}

    /** @param storytext the text when the archive kept it in the database, else null or "" (it is in a file) */
    record Chapter(
            long chapid,
            long sid,
            long uid,
            String title,
            long inorder,
            String notes,
            String endnotes,
            @Nullable String storytext,
            boolean validated) {}

    record Series(long seriesid, String title, String summary, long uid) {}

    /** @param subseriesid a series nested in {@code seriesid} (then {@code sid} is 0), else 0 */
    record SeriesEntry(long seriesid, long sid, long subseriesid, long inorder) {}

    record Category(long catid, long parent, String name) {}

    /** A class (a genre, a warning…), of the class type {@code type}. */
    record Classification(long id, long type, String name) {}

    /** A kind of class: {@code name} "genres", "warnings" or the archive's own; {@code title} as shown. */
    record ClassType(long id, String name, String title) {}

    /**
     * @param item what is reviewed: a story's sid when {@code type} is "ST"
     * @param chapid the chapter reviewed, or 0
     * @param uid the reviewer's account on the old archive, or 0 for a guest
     */
    record Review(
            long reviewid,
            long item,
            long chapid,
            String reviewer,
            long uid,
            String review,
            @Nullable Long date,
            String type) {}

    /** The archive's name for reports and claim pages: its site name, else its address, else its tables' prefix. */
    String displayName() {
        if (!siteName.isBlank()) return siteName.strip();
        if (!siteUrl.isBlank()) return siteUrl.strip();
        return prefix.isEmpty() ? "eFiction archive" : prefix;
    }

    List<Chapter> chaptersOf(long sid) {
        return chapters.getOrDefault(sid, List.of());
    }

    List<Review> reviewsOf(long sid) {
        return reviews.getOrDefault(sid, List.of());
    }
}
