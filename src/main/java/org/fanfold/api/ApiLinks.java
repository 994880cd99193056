package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fanfold.shared.SiteUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links in API answers: on the archive's public address ({@code fanfold.site-url}) when it is set, else on
 * the address the request came in on, as downloads do.
 */
@Component
class ApiLinks {

    private final String siteUrl;

    ApiLinks(@Value("${fanfold.site-url:}") String siteUrl) {
        this.siteUrl = SiteUrl.check(siteUrl);
    }

    /** The links for one request. */
    Base base(HttpServletRequest request) {
        String base = siteUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : siteUrl;
        return new Base(base);
    }

    /** Makes root-relative paths absolute. */
    record Base(String url) {

        String to(String path) {
            return url + path;
        }

        String api(String path) {
            return url + "/api/v1" + path;
        }

        /**
         * The request's own address with {@code page} set to {@code number}, its other parameters kept, or null
         * when there is no such page.
         */
        @Nullable
        String page(HttpServletRequest request, int number, int pages) {
            if (number < 1 || number > pages) return null;
            StringBuilder link = new StringBuilder(url)
                    .append(request.getRequestURI()
                            .substring(request.getContextPath().length()))
                    .append('?');
            request.getParameterMap().forEach((name, values) -> {
                if (name.equals("page")) return;
                for (String v : values) {
                    link.append(encode(name)).append('=').append(encode(v)).append('&');
                }
            });
            return link.append("page=").append(number).toString();
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
