package org.fanfold.accounts;

import java.util.Map;

/** A request to create or change an account was refused; {@link #errors()} says why, by form field. */
public class AccountException extends RuntimeException {

    private final Map<String, String> errors;

    public AccountException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
