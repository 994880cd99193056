package org.fanfold.importing;

/**
 * One chapter of an imported story. HTML fields are sanitized with {@link org.fanfold.shared.UserHtml}; "" when
 * the file had nothing for them.
 *
 * @param title the chapter's own title, never null; empty when the file gave only a number ("Chapter 2")
 * @param summary the chapter summary as HTML
 * @param notes the chapter's beginning notes as HTML
 * @param endNotes the chapter's end notes as HTML
 * @param bodyHtml the chapter text as sanitized HTML: from a plain-text file {@code <p>} paragraphs,
 *     {@code <br />} line breaks and {@code <hr />} scene breaks; from HTML and EPUB files the author's markup
 */
public record ParsedChapter(String title, String summary, String notes, String endNotes, String bodyHtml) {

    /** A chapter with a title and text only. */
    public ParsedChapter(String title, String bodyHtml) {
        this(title, "", "", "", bodyHtml);
    }
}
