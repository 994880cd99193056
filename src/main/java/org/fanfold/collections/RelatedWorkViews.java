package org.fanfold.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/**
 * Related-work links made ready for a viewer: every work at either end is loaded through the works module's
 * visibility predicate, so a link never shows a work (or a creator of an anonymous one) the viewer may not see.
 */
@Component
class RelatedWorkViews {

    private final RelatedWorkStore store;
    private final WorkReader reader;

    RelatedWorkViews(RelatedWorkStore store, WorkReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** What the child's page says it is related to: every link, the parent here when visible. */
    List<RelatedLink> parentsOf(WorkView child, Viewer viewer) {
        List<RelatedWork> links = store.parentsOf(child.work().id());
        Map<Long, WorkView> parents = visible(
                links.stream()
                        .map(RelatedWork::parentWorkId)
                        .filter(id -> id != null)
                        .toList(),
                viewer);
        List<RelatedLink> out = new ArrayList<>();
        for (RelatedWork l : links) {
            out.add(new RelatedLink(l, l.parentWorkId() == null ? null : parents.get(l.parentWorkId()), child));
        }
        return out;
    }

    /** The approved children of a work that the viewer may see: translations, or works inspired by it. */
    List<RelatedLink> approvedChildren(WorkView parent, Viewer viewer, boolean translations) {
        List<RelatedWork> links = store.childrenOf(parent.work().id(), true).stream()
                .filter(l -> l.translation() == translations)
                .toList();
        Map<Long, WorkView> children =
                visible(links.stream().map(RelatedWork::workId).toList(), viewer);
        List<RelatedLink> out = new ArrayList<>();
        for (RelatedWork l : links) {
            WorkView child = children.get(l.workId());
            if (child != null) out.add(new RelatedLink(l, parent, child));
        }
        return out;
    }

    /**
     * The user's related works page: links to their works ({@code toTheirs}) or from them, with both ends as the
     * viewer sees them. A link whose work of theirs the viewer may not see, or may see only as "Anonymous", is left
     * out: listing it under their name would tell who wrote it.
     */
    List<RelatedLink> ofUser(long userId, Viewer viewer, boolean toTheirs) {
        List<RelatedWork> links = toTheirs ? store.toWorksOf(userId) : store.fromWorksOf(userId);
        Set<Long> ids = new HashSet<>();
        for (RelatedWork l : links) {
            ids.add(l.workId());
            if (l.parentWorkId() != null) ids.add(l.parentWorkId());
        }
        Map<Long, WorkView> views = visible(List.copyOf(ids), viewer);
        List<RelatedLink> out = new ArrayList<>();
        for (RelatedWork l : links) {
            WorkView child = views.get(l.workId());
            WorkView parent = l.parentWorkId() == null ? null : views.get(l.parentWorkId());
            WorkView theirs = toTheirs ? parent : child;
            if (theirs == null
                    || (theirs.work().anonymous() && theirs.creators().isEmpty())) continue;
            if (toTheirs && child == null) continue;
            out.add(new RelatedLink(l, parent, child));
        }
        return out;
    }

    private Map<Long, WorkView> visible(List<Long> ids, Viewer viewer) {
        Map<Long, WorkView> out = new HashMap<>();
        for (WorkView v : reader.blurbs(ids, viewer)) out.put(v.work().id(), v);
        return out;
    }
}
