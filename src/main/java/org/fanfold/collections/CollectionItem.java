package org.fanfold.collections;

/**
 * A work's place in a collection, with the approval of both sides.
 *
 * @param userApproval the work's creator's: approved when they added it, unreviewed when a maintainer invited it
 * @param collectionApproval the collection's: approved at once unless the collection is moderated and the adder no
 *     participant; else a maintainer approves or rejects it
 */
public record CollectionItem(
        long id, long collectionId, long workId, Approval userApproval, Approval collectionApproval, long createdAt) {

    /** Listed in the collection: approved by both sides. */
    public boolean listed() {
        return userApproval == Approval.APPROVED && collectionApproval == Approval.APPROVED;
    }

    /** What the item waits for, or its outcome, as the moderation pages say it. */
    public String status() {
        if (collectionApproval == Approval.REJECTED) return "Rejected by the collection";
        if (userApproval == Approval.REJECTED) return "Declined by the creator";
        if (listed()) return "Approved";
        if (userApproval == Approval.UNREVIEWED) return "Invited, awaiting the creator's approval";
        return "Awaiting the collection's approval";
    }
}
