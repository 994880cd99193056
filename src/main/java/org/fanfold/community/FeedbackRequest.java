package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fanfold.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the work-page sections read from the request they render in: messages left by the kudos and comment actions
 * that redirected here (flash attributes, shown once), and the comment page asked for. The sections run on the
 * request's thread (see {@link org.fanfold.works.WorkPageSection}).
 */
final class FeedbackRequest {

    static final String KUDOS_NOTICE = "kudos_notice";
    static final String KUDOS_ERROR = "kudos_error";
    static final String COMMENT_NOTICE = "comment_notice";
    static final String COMMENT_ERROR = "comment_error";

    private FeedbackRequest() {}

    static @Nullable HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
    }

    /** The flash message {@code key} left for this request by the action that redirected here, or null. */
    static @Nullable String message(String key) {
        HttpServletRequest request = request();
        if (request == null) return null;
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(key) instanceof String s ? s : null;
    }

    /** The {@code page} request parameter as a page number (1 when absent or not a number). */
    static int pageNumber() {
        HttpServletRequest request = request();
        String page = request == null ? null : request.getParameter("page");
        return page == null ? 1 : Paged.pageNumber(page);
    }

    /**
     * This page's URL with its query string but without {@code page}, ending so that a page number can be appended:
     * "/works/1?view_full_work=true&page=".
     */
    static String pageUrl(String fallbackPath) {
        HttpServletRequest request = request();
        if (request == null) return fallbackPath + "?page=";
        StringBuilder url = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals("page") || name.equals("view_adult")) return;
            for (String v : values) {
                url.append(encode(name)).append('=').append(encode(v)).append('&');
            }
        });
        return url.append("page=").toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
