package org.fanfold.search;

/**
 * A tag as a search document carries it.
 *
 * @param id the tag's id
 * @param name the tag's name as shown
 * @param type the tag's type name: Rating, ArchiveWarning, Category, Fandom, Relationship, Character, Freeform
 */
public record TagRef(long id, String name, String type) {}
