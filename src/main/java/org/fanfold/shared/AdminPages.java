package org.fanfold.shared;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The pages of the admin area (site settings, moderation, wrangling…), gathered for its index at {@code /admin}.
 * Each module contributes its own admin pages as a {@link Contributor} bean, so the index need not know them.
 */
@Component
public class AdminPages {

    /**
     * One admin page.
     *
     * @param title its name in the index ("Comment settings")
     * @param href its root-relative address
     * @param description one sentence on what an admin does there
     * @param order its place in the index, lower first
     */
    public record Page(String title, String href, String description, int order) {}

    /** Contributes a module's admin pages. */
    public interface Contributor {
        List<Page> adminPages();
    }

    private final ObjectProvider<Contributor> contributors;

    AdminPages(ObjectProvider<Contributor> contributors) {
        this.contributors = contributors;
    }

    /** Every module's admin pages, in order. */
    public List<Page> pages() {
        return contributors
                .orderedStream()
                .flatMap(c -> c.adminPages().stream())
                .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::title))
                .toList();
    }
}
