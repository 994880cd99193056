package org.fanfold.collections;

import org.fanfold.shared.Languages;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * A related-work link as one viewer sees it: the works at either end that are here and visible to them (null when
 * elsewhere, deleted or not visible).
 */
public record RelatedLink(
        RelatedWork link,
        @Nullable WorkView parent,
        @Nullable WorkView child) {

    /** "Inspired by" or "A translation of", as the child's page says it. */
    public String relation() {
        return link.translation() ? "A translation of" : "Inspired by";
    }

    /** The language of an external parent, by name, or "". */
    public String parentLanguageName() {
        return link.parentLanguage().isEmpty() ? "" : Languages.name(link.parentLanguage());
    }

    /** The child's language by name ("Translation into Español available"). */
    public String childLanguageName() {
        return child == null ? "" : child.languageName();
    }
}
