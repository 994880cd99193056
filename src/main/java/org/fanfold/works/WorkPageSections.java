package org.fanfold.works;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the {@link WorkPageSection}s of every module for one work page. */
@Component
public class WorkPageSections {

    private final List<WorkPageSection> sections;

    WorkPageSections(ObjectProvider<WorkPageSection> sections) {
        this.sections = sections.orderedStream()
                .sorted(Comparator.comparingInt(WorkPageSection::order))
                .toList();
    }

    /** The sections' content for this page, by slot; slots without content map to empty lists. */
    Rendered render(WorkPage page, Viewer viewer, PageContext context) {
        Map<WorkPageSection.Slot, List<Content>> bySlot = new EnumMap<>(WorkPageSection.Slot.class);
        for (var slot : WorkPageSection.Slot.values()) bySlot.put(slot, new ArrayList<>());
        for (var section : sections) {
            Content content = section.content(page, viewer, context);
            if (content != null) bySlot.get(section.slot()).add(content);
        }
        return new Rendered(bySlot);
    }

    /** What the page template renders in each slot. */
    public record Rendered(Map<WorkPageSection.Slot, List<Content>> bySlot) {

        public static final Rendered NONE = new Rendered(Map.of());

        public List<Content> actions() {
            return bySlot.getOrDefault(WorkPageSection.Slot.ACTIONS, List.of());
        }

        public List<Content> afterMeta() {
            return bySlot.getOrDefault(WorkPageSection.Slot.AFTER_META, List.of());
        }

        public List<Content> feedback() {
            return bySlot.getOrDefault(WorkPageSection.Slot.FEEDBACK, List.of());
        }
    }
}
