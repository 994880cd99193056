package org.fanfold.search;

import java.util.List;

/**
 * What the index knows of one posted work: its text for matching, its filter ids and numbers for filtering and
 * sorting, and what visibility needs. Drafts are never indexed.
 *
 * @param creators the creators' names as shown (pseuds, or an imported author's name)
 * @param creatorUserIds the accounts behind the creators: they still see the work when it is hidden
 * @param creatorPseudIds the pseuds the work is credited to (a pseud's works page lists by these)
 * @param tags the work's own tags, for text matching and display
 * @param filterIds the ids a work is found under: its tags' canonical tags and their meta tags (AO3's filters)
 * @param facetTags the canonical ones among the filter ids, with their type (and name): the tags sidebars count
 * @param crossover whether the work's fandoms are unrelated (AO3: no fandom on it shares a meta tag with all
 *     the others)
 * @param anonymous whether the work is in an anonymous collection: {@code creators} then holds only "Anonymous",
 *     and engines leave the work out of creator filters and muted creators (but for a creator's own listing)
 * @param unrevealed whether the work is in an unrevealed collection: only its creators and
 *     {@code unrevealedReaderIds} see it
 * @param unrevealedReaderIds besides the creators, the users who see the work while it is unrevealed (the
 *     maintainers of its unrevealed collections); empty otherwise
 * @param collectionIds the collections the work is in (approved by the work's creator and the collection)
 * @param body the chapters' text as plain text, for full-text search of the story itself (may be empty)
 */
public record WorkDocument(
        long id,
        String title,
        String summary,
        String notes,
        List<String> creators,
        List<Long> creatorUserIds,
        List<Long> creatorPseudIds,
        List<TagRef> tags,
        List<Long> filterIds,
        List<TagRef> facetTags,
        String language,
        int words,
        int chapters,
        boolean complete,
        boolean crossover,
        boolean restricted,
        boolean hidden,
        boolean anonymous,
        boolean unrevealed,
        List<Long> unrevealedReaderIds,
        List<Long> collectionIds,
        long publishedAt,
        long updatedAt,
        long hits,
        long kudos,
        long comments,
        long bookmarks,
        String body) {

    public WorkDocument {
        creators = List.copyOf(creators);
        creatorUserIds = List.copyOf(creatorUserIds);
        creatorPseudIds = List.copyOf(creatorPseudIds);
        tags = List.copyOf(tags);
        filterIds = List.copyOf(filterIds);
        facetTags = List.copyOf(facetTags);
        unrevealedReaderIds = List.copyOf(unrevealedReaderIds);
        collectionIds = List.copyOf(collectionIds);
    }
}
