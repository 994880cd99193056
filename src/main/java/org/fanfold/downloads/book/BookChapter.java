package org.fanfold.downloads.book;

/**
 * One chapter of a {@link Book}; the text fields are XHTML fragments.
 *
 * @param index the chapter's place among the chapters the book holds (1…), for ids and file names
 * @param position the chapter's number on the archive (a reader who sees only posted chapters may meet gaps)
 * @param heading "Chapter 2: Title", "Chapter 2", or the work's title for an unchaptered one-shot
 * @param file the chapter's file name inside an EPUB ({@code chapter-002.xhtml})
 */
public record BookChapter(
        int index,
        int position,
        String heading,
        String file,
        String summary,
        String notes,
        String endNotes,
        String body) {

    public boolean hasNotes() {
        return !notes.isEmpty() || !endNotes.isEmpty();
    }

    /** The id of the chapter's heading, for tables of contents and PDF bookmarks. */
    public String anchor() {
        return "chapter-" + index;
    }

    /** The id of the chapter's end notes, as AO3 names them ({@code endnotes2}). */
    public String endNotesId() {
        return "endnotes" + index;
    }
}
