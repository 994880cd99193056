package org.fanfold.community;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bookmark form that cannot be saved, with the problems by field; nothing was written. */
public class BookmarkRejected extends RuntimeException {

    private final Map<String, String> errors;

    BookmarkRejected(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
