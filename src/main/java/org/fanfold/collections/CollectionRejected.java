package org.fanfold.collections;

import java.util.Map;

/** A change to a collection, its items or participants was refused for these reasons, by form field. */
public class CollectionRejected extends RuntimeException {

    private final Map<String, String> errors;

    public CollectionRejected(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public CollectionRejected(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
