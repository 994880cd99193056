package org.fanfold.works;

import java.util.Map;

/** A work or chapter was not saved because of these problems, by form field. Nothing was written. */
public class WorkRejected extends RuntimeException {

    private final Map<String, String> errors;

    public WorkRejected(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
