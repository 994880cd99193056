package org.fanfold.works;

import gg.jte.Content;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A part of a work's reading page contributed by another module (kudos, comments, bookmarks, subscriptions,
 * downloads…), so the works module shows them without depending on those modules. Implementations are Spring
 * beans; the page asks every section of a {@link Slot} for its content, in {@link #order()} order, once per page
 * view on the request thread, after the viewer's right to see the work has been checked.
 */
public interface WorkPageSection {

    /** Where on the page a section goes. */
    enum Slot {
        /** {@code <li>} items in the work's action bar at the top ({@code ul.work.navigation.actions}). */
        ACTIONS,
        /** Blocks right after the work's meta ({@code dl.work.meta}), e.g. a series navigation. */
        AFTER_META,
        /** Blocks after the work's text: kudos, comments, bookmarks ({@code div#feedback}). */
        FEEDBACK
    }

    Slot slot();

    /** Lower comes first within a slot. */
    int order();

    /**
     * The markup for this page and viewer, or null to show nothing. Render a jte template with
     * {@code output -> templates.render("community/kudos.jte", params, output)} (inject {@code gg.jte.TemplateEngine}).
     */
    @Nullable
    Content content(WorkPage page, Viewer viewer, PageContext context);
}
