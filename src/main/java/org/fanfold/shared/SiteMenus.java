package org.fanfold.shared;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The drop-down menus of the header's site navigation, as AO3's "Fandoms" menu ("All Fandoms", then each medium).
 * Each module contributes its menu as a {@link Contributor} bean, so the layout need not know what a menu lists. The
 * layout asks on every page it renders, guests' included (through {@link PageContext#menus()}), so a contributor
 * answers from memory, never with a query per page.
 */
@Component
public class SiteMenus {

    /**
     * A menu: a link ({@code label} to {@code href}) that opens {@code items} on hover or focus; lower {@code order}
     * comes first. The menus come before the header's other site links.
     */
    public record Menu(String label, String href, List<UserNav.Link> items, int order) {}

    /** Contributes a header menu; thread-safe and cheap, for it is asked once per page. */
    public interface Contributor {
        Menu menu();
    }

    /** Looked up once, on the first page. */
    private final SingletonSupplier<List<Contributor>> contributors;

    SiteMenus(ObjectProvider<Contributor> contributors) {
        this.contributors =
                SingletonSupplier.of(() -> contributors.orderedStream().toList());
    }

    /** Every module's menu, in order. */
    public List<Menu> menus() {
        return contributors.obtain().stream()
                .map(Contributor::menu)
                .sorted(Comparator.comparingInt(Menu::order))
                .toList();
    }
}
