package org.fanfold.collections;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** Reading works named by their address on this site: "123", "/works/123" or this site's full URL of the work. */
final class SiteAddress {

    private SiteAddress() {}

    /** This site's address as the request reached it: {@code https://host} or {@code http://host:8080}. */
    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port);
    }

    /** The id of the work {@code typed} names here, or null if it names none. */
    static @Nullable Long workId(String typed, String siteBase) {
        String t = typed.strip();
        if (t.matches("\\d{1,18}")) return Long.parseLong(t);
        return RelatedWorks.localWorkId(t, siteBase);
    }
}
