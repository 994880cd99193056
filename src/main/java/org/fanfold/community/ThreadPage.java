package org.fanfold.community;

import org.fanfold.shared.Paged;

/**
 * One page of comment threads as a viewer sees them.
 *
 * @param threads the top-level comments of this page, with their replies
 * @param muted how many comments on this page were left out because the viewer muted their authors
 */
public record ThreadPage(Paged<CommentNode> threads, int muted) {}
