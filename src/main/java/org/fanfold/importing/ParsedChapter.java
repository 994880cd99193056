package org.fanfold.importing;

/**
 * One chapter of an imported story.
 *
 * @param title the chapter's own title, never null; empty when the file gave only a number ("Chapter 2")
 * @param bodyHtml the chapter text as sanitized HTML: {@code <p>} paragraphs, {@code <br />} line breaks and
 *     {@code <hr />} scene breaks
 */
public record ParsedChapter(String title, String bodyHtml) {}
