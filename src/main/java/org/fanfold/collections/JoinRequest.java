package org.fanfold.collections;

/** A user's request to join a collection as a member, waiting for its maintainers (AO3's "Join"). */
public record JoinRequest(long collectionId, long userId, String login, long createdAt) {

    public String url() {
        return "/users/" + login;
    }
}
