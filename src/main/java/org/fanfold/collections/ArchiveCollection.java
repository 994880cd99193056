package org.fanfold.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * A collection (AO3's name for a gathering of works around a theme, event or exchange). The description is
 * sanitized HTML.
 *
 * @param name the unique name in its URL ({@code /collections/{name}}): letters, digits and underscores
 * @param moderated whether works added by non-members wait for a maintainer's approval
 * @param closed whether only maintainers may add works
 * @param anonymous whether its works' creators are shown as "Anonymous" until the creators are revealed
 * @param unrevealed whether its works are seen only by their creators and the maintainers until revealed
 */
public record ArchiveCollection(
        long id,
        String name,
        String title,
        String description,
        boolean moderated,
        boolean closed,
        boolean anonymous,
        boolean unrevealed,
        long createdAt,
        long updatedAt) {

    public String url() {
        return "/collections/" + name;
    }

    /** AO3's type line: "Open, Moderated, Unrevealed, Anonymous". */
    public String typeLabel() {
        List<String> parts = new ArrayList<>();
        parts.add(closed ? "Closed" : "Open");
        parts.add(moderated ? "Moderated" : "Unmoderated");
        if (unrevealed) parts.add("Unrevealed");
        if (anonymous) parts.add("Anonymous");
        return String.join(", ", parts);
    }
}
