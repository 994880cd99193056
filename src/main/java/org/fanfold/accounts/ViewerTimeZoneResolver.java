package org.fanfold.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.TimeZone;
import org.fanfold.shared.ViewerPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Each request's time zone is the signed-in user's preference (UTC for guests), held where Spring keeps it
 * ({@link org.springframework.context.i18n.LocaleContextHolder}), so {@link org.fanfold.shared.Formats} shows dates
 * in it without every page passing a zone along. The zone is looked up only when a date is formatted. The locale
 * stays the browser's. Replaces Spring Boot's default resolver (a bean named {@code localeResolver}).
 */
@Component("localeResolver")
class ViewerTimeZoneResolver implements LocaleContextResolver {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final PreferencesStore preferences;

    ViewerTimeZoneResolver(PreferencesStore preferences) {
        this.preferences = preferences;
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Locale locale = request.getLocale();
        return new TimeZoneAwareLocaleContext() {
            private @Nullable TimeZone zone;

            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public TimeZone getTimeZone() {
                if (zone == null) zone = viewerZone();
                return zone;
            }
        };
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext context) {
        throw new UnsupportedOperationException("the time zone is set on the preferences page");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getLocale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("the locale is the browser's");
    }

    private TimeZone viewerZone() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !(auth.getPrincipal() instanceof ViewerPrincipal p)
                || p.viewer().userId() == null) return UTC;
        return TimeZone.getTimeZone(preferences.of(p.viewer().userId()).timeZone());
    }
}
