package org.fanfold.shared;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Links in the page header beside "Hi, login!" for the signed-in viewer, such as the inbox with its unread count.
 * Each module contributes its links as a {@link Contributor} bean, so the layout need not know them. The layout
 * asks once per page it renders for a signed-in viewer (through {@link PageContext#greetingLinks()}), so a
 * contributor answers from a cheap, indexed query or a cache.
 */
@Component
public class GreetingLinks {

    /** Contributes header links for a signed-in {@code viewer}; lower {@link UserNav.Link#order()} comes first. */
    public interface Contributor {
        List<UserNav.Link> links(Viewer viewer);
    }

    /** Looked up once, on the first page (a lookup per page cost as much as the inbox's count). */
    private final SingletonSupplier<List<Contributor>> contributors;

    GreetingLinks(ObjectProvider<Contributor> contributors) {
        this.contributors =
                SingletonSupplier.of(() -> contributors.orderedStream().toList());
    }

    /** Every module's header links for {@code viewer}, in order; none for guests. */
    public List<UserNav.Link> links(Viewer viewer) {
        if (!viewer.signedIn()) return List.of();
        return contributors.obtain().stream()
                .flatMap(c -> c.links(viewer).stream())
                .sorted(Comparator.comparingInt(UserNav.Link::order))
                .toList();
    }
}
