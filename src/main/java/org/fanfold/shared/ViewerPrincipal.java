package org.fanfold.shared;

/** Implemented by the accounts module's signed-in principal so that other modules can see who is looking. */
public interface ViewerPrincipal {
    Viewer viewer();
}
