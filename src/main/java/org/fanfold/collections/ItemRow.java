package org.fanfold.collections;

import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/** A row of a moderation page: the item, its collection, and its work as the viewer sees it (null if they can't). */
public record ItemRow(
        CollectionItem item,
        ArchiveCollection collection,
        @Nullable WorkView work) {}
