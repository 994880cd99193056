package org.fanfold.feeds;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.shared.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The archive's name and address as feeds write them: links in feeds are absolute, so readers that store entries
 * apart from the feed can follow them.
 */
@Component
class FeedSite {

    private final String siteUrl;
    private final String name;

    FeedSite(@Value("${fanfold.site-url:}") String siteUrl, FanfoldProperties props) {
        this.siteUrl = SiteUrl.check(siteUrl);
        this.name = props.name();
    }

    /** {@code fanfold.site-url} when set, else the address this request came in on ({@code http://host:8080}). */
    String base(HttpServletRequest request) {
        if (!siteUrl.isEmpty()) return siteUrl;
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    String name() {
        return name;
    }
}
