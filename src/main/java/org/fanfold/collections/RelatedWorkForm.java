package org.fanfold.collections;

/**
 * AO3's "This work is a remix, a translation, a podcast, or inspired by another work" fields: the parent's URL (a
 * work here, or anywhere else), and for a work elsewhere its title, author and language; and whether this work is
 * a translation of it.
 */
public record RelatedWorkForm(String url, String title, String author, String language, Boolean translation) {

    /** Fields a form leaves out bind as null and read as empty or false. */
    public RelatedWorkForm {
        url = url == null ? "" : url.strip();
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        language = language == null ? "" : language.strip();
        translation = translation != null && translation;
    }

    static RelatedWorkForm blank() {
        return new RelatedWorkForm("", "", "", "", false);
    }
}
