package org.fanfold.works;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a work is credited to, as its poster asks: some of their own pseuds, and others invited as co-creators by
 * byline ("name" or "name (login)"), who are credited only once they accept.
 *
 * @param pseudIds the poster's own pseuds to credit; empty means "as before" (the default pseud for a new work)
 * @param coCreators bylines of pseuds to invite
 */
public record Credits(List<Long> pseudIds, List<String> coCreators) {

    public static final Credits DEFAULT = new Credits(List.of(), List.of());

    public Credits {
        pseudIds = List.copyOf(pseudIds);
        coCreators = List.copyOf(coCreators);
    }

    /** The co-creator field as typed: bylines separated by commas. */
    static List<String> bylines(String typed) {
        List<String> out = new ArrayList<>();
        for (String b : typed.split(",")) if (!b.isBlank()) out.add(b.strip());
        return out;
    }
}
