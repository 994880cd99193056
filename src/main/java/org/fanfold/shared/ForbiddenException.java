package org.fanfold.shared;

/** The viewer may see a thing but not do what they asked with it: rendered as the 403 page. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String what) {
        super(what);
    }
}
