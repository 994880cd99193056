package org.fanfold.works;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The byline part of the post and edit form as typed: the chosen pseuds ({@code pseudIds}, a multiple select) and
 * "Add co-creators?" ({@code coCreators}, bylines separated by commas). Bound beside {@link WorkForm}.
 */
public record CreditsForm(List<String> pseudIds, String coCreators) {

    public CreditsForm {
        pseudIds = pseudIds == null ? List.of() : List.copyOf(pseudIds);
        coCreators = coCreators == null ? "" : coCreators;
    }

    static CreditsForm blank() {
        return new CreditsForm(List.of(), "");
    }

    /** Whether {@code id} is among the chosen pseuds. */
    public boolean chose(long id) {
        return pseudIds.contains(String.valueOf(id));
    }

    /** What the form asks for; pseud ids that are not numbers are dropped (they could name no pseud anyway). */
    Credits toCredits() {
        List<Long> ids = new ArrayList<>();
        for (String s : pseudIds) {
            Long id = parse(s);
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return new Credits(ids, Credits.bylines(coCreators));
    }

    private static @Nullable Long parse(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
