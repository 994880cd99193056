package org.fanfold.feeds;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Pseud;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * Who a feed names as a work's creators, as AO3's feeds do: "Anonymous" for a work in an anonymous collection —
 * always, whoever is reading, since feeds travel — an archived work's original author with "[archived by …]", and
 * otherwise each credited pseud with its page.
 */
final class Creators {

    /**
     * One name in a byline.
     *
     * @param path the root-relative URL of the creator's page, or null when there is none to link
     */
    record Creator(String name, @Nullable String path) {}

    static final String ANONYMOUS = "Anonymous";

    private Creators() {}

    /** The creators to name, never empty. */
    static List<Creator> of(WorkView view) {
        if (view.work().anonymous() || view.creators().isEmpty()) return List.of(new Creator(ANONYMOUS, null));
        List<Creator> out = new ArrayList<>();
        String imported = view.work().importedAuthor();
        if (imported != null && !imported.isBlank()) {
            String archivists = String.join(
                    ", ", view.creators().stream().map(Pseud::byline).toList());
            out.add(new Creator(imported + " [archived by " + archivists + "]", null));
            return out;
        }
        for (Pseud p : view.creators()) out.add(new Creator(p.byline(), p.url()));
        return out;
    }
}
