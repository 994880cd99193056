package org.fanfold.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/** Turns items into moderation rows: each with its collection and its work as the viewer may see it. */
@Component
class ItemRows {

    private final CollectionStore collections;
    private final WorkReader reader;

    ItemRows(CollectionStore collections, WorkReader reader) {
        this.collections = collections;
        this.reader = reader;
    }

    List<ItemRow> of(List<CollectionItem> items, Viewer viewer) {
        Map<Long, WorkView> works = new HashMap<>();
        for (WorkView w :
                reader.blurbs(items.stream().map(CollectionItem::workId).toList(), viewer))
            works.put(w.work().id(), w);
        Map<Long, ArchiveCollection> byId = new HashMap<>();
        List<ItemRow> rows = new ArrayList<>(items.size());
        for (CollectionItem item : items) {
            ArchiveCollection c = byId.computeIfAbsent(
                    item.collectionId(), id -> collections.byId(id).orElseThrow());
            rows.add(new ItemRow(item, c, works.get(item.workId())));
        }
        return rows;
    }
}
