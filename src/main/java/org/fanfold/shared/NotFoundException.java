package org.fanfold.shared;

/** Something the viewer asked for does not exist, or they may not know it does: rendered as the 404 page. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
