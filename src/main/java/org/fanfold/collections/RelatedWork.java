package org.fanfold.collections;

import org.jspecify.annotations.Nullable;

/**
 * A link from a work (the child) to a work that inspired it or that it translates (the parent): a work here, or one
 * elsewhere given by its URL, title, author and language. The child shows the link at once; the parent shows it once
 * its creator approved it ({@code reciprocal}).
 *
 * @param parentWorkId the parent here, or null for a parent elsewhere (or one since deleted)
 * @param parentUrl the parent elsewhere, or null
 */
public record RelatedWork(
        long id,
        long workId,
        @Nullable Long parentWorkId,
        @Nullable String parentUrl,
        String parentTitle,
        String parentAuthor,
        String parentLanguage,
        boolean translation,
        boolean reciprocal,
        long createdAt) {

    public boolean external() {
        return parentWorkId == null && parentUrl != null;
    }

    /** The parent was a work here that has been deleted. */
    public boolean parentDeleted() {
        return parentWorkId == null && parentUrl == null;
    }
}
