package org.fanfold.collections;

import java.util.List;

/**
 * A collection in a list of collections: its maintainers and how many works in it the viewer may see.
 *
 * @param works counted by the search index under the viewer's visibility, so it never counts unrevealed works the
 *     viewer may not see
 */
public record CollectionBlurb(ArchiveCollection collection, List<Participant> maintainers, long works) {}
