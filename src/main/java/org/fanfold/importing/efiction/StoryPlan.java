package org.fanfold.importing.efiction;

import java.util.List;
import java.util.Set;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkInput;

/**
 * What one eFiction story becomes, worked out before anything is written: the work, its chapters, who it is by,
 * its series places and its reviews.
 *
 * @param authors the author and the co-authors, in credit order
 * @param reviews the reviews to keep as comments, oldest first
 * @param tagNames the fandom, character and additional tag names, for the report's count
 * @param notes what the report should say about it (a file read as Windows-1252, a chapter left out…)
 */
record StoryPlan(
        Story story,
        WorkInput work,
        List<ChapterInput> chapters,
        long publishedAt,
        long updatedAt,
        List<Author> authors,
        List<SeriesEntry> series,
        List<Review> reviews,
        Set<String> tagNames,
        List<String> notes) {

    /**
     * A review as a comment.
     *
     * @param chapterIndex which of the work's chapters it is on (0: the first)
     * @param html sanitized HTML
     */
    record Review(long reviewid, int chapterIndex, String name, String html, long date) {}

    /** "story 12 "Title"", as reports name a story. */
    String label() {
        return label(story);
    }

    static String label(Story story) {
        String title = EfictionText.plain(story.title());
        return "story " + story.sid() + (title.isEmpty() ? "" : " \"" + title + "\"");
    }
}
