package org.fanfold.works;

/** A reader's saved filter: a name and a root-relative listing URL with its filter parameters. */
public record SavedFilter(long id, String name, String url) {}
