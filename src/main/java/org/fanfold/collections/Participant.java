package org.fanfold.collections;

/** A user taking part in a collection, with their role. */
public record Participant(long collectionId, long userId, String login, CollectionRole role) {

    public String url() {
        return "/users/" + login;
    }
}
