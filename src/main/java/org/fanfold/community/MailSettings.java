package org.fanfold.community;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.shared.SiteUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What e-mail needs besides the SMTP server (Spring Boot's {@code spring.mail.*}): the archive's public address
 * for links ({@code fanfold.site-url}, {@code FANFOLD_SITE_URL}, default {@code http://localhost:PORT}) and the
 * sender ({@code fanfold.mail.from}, {@code FANFOLD_MAIL_FROM}, default {@code noreply@} the site's host, named
 * after the site). Checked at start; a bad value stops the start with a message naming the setting.
 */
@Component
class MailSettings {

    private final String siteUrl;
    private final InternetAddress from;
    private final String siteName;

    MailSettings(
            FanfoldProperties props,
            @Value("${fanfold.site-url:}") String siteUrl,
            @Value("${fanfold.mail.from:}") String from,
            @Value("${server.port:8080}") int port) {
        this.siteName = props.name();
        String configured = SiteUrl.check(siteUrl);
        this.siteUrl = configured.isEmpty() ? "http://localhost:" + port : configured;
        this.from = from(from.isBlank() ? null : from.strip(), this.siteUrl, siteName);
    }

    /** The site's address without a trailing slash: {@code https://archive.example.org}. */
    String siteUrl() {
        return siteUrl;
    }

    /** An absolute link to a root-relative path. */
    String link(String path) {
        return siteUrl + path;
    }

    InternetAddress from() {
        return from;
    }

    String siteName() {
        return siteName;
    }

    private static InternetAddress from(@Nullable String value, String siteUrl, String siteName) {
        try {
            if (value == null) {
                return new InternetAddress("noreply@" + URI.create(siteUrl).getHost(), siteName, "UTF-8");
            }
            InternetAddress address = new InternetAddress(value, true);
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("fanfold.mail.from (FANFOLD_MAIL_FROM) must be an e-mail address, like"
                    + " \"Fanfold <noreply@archive.example.org>\", but it is \"" + value + "\"");
        }
    }
}
