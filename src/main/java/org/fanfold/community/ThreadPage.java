package org.fanfold.community;

import org.fanfold.shared.Paged;

/**
 * One page of comment threads as a viewer sees them.
 *
 * @param threads the top-level comments of this page, with their replies
 * @param muted how many comments were left out because the viewer muted their authors: on a work's page all of
 *     them on the chapter (or the work) shown, on a thread's page those of the thread
 */
public record ThreadPage(Paged<CommentNode> threads, int muted) {}
