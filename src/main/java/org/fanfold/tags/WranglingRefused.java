package org.fanfold.tags;

/**
 * A wrangling action that would break the tag graph's rules (a canonical tag as a synonym, a meta tag cycle, a
 * parent of the wrong type…). Nothing was changed. The message is written for the wrangler.
 */
public class WranglingRefused extends RuntimeException {

    private final String field;

    public WranglingRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about: name, type, canonical, synonym, parent, meta, tags. */
    public String field() {
        return field;
    }
}
