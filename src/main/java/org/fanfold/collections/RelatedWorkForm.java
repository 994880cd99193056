package org.fanfold.collections;

import org.jspecify.annotations.Nullable;

/**
 * AO3's "This work is a remix, a translation, a podcast, or inspired by another work" fields: the parent's URL (a
 * work here, or anywhere else), and for a work elsewhere its title, author and language; and whether this work is
 * a translation of it.
 */
public record RelatedWorkForm(String url, String title, String author, String language, boolean translation) {

    public RelatedWorkForm(
            @Nullable String url,
            @Nullable String title,
            @Nullable String author,
            @Nullable String language,
            boolean translation) {
        this.url = url == null ? "" : url.strip();
        this.title = title == null ? "" : title.strip();
        this.author = author == null ? "" : author.strip();
        this.language = language == null ? "" : language.strip();
        this.translation = translation;
    }

    static RelatedWorkForm blank() {
        return new RelatedWorkForm("", "", "", "", false);
    }
}
