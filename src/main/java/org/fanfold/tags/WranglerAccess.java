package org.fanfold.tags;

import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;

/** Who may wrangle: wranglers and admins. Guests never get here (the security config sends them to log in). */
final class WranglerAccess {

    private WranglerAccess() {}

    static void require(Viewer viewer) {
        if (!viewer.signedIn() || !(viewer.wrangler() || viewer.admin())) throw new ForbiddenException("wrangle tags");
    }

    /** The tag named in a URL (AO3's escapes undone), or 404. */
    static Tag tag(TagService tags, String urlName) {
        return tags.find(TagNames.fromUrl(urlName)).orElseThrow(() -> new NotFoundException("tag " + urlName));
    }
}
