package org.fanfold.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.shared.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Security for {@code /api/**} and {@code /opds/**}, ahead of the site's own chain (accounts' {@code SecurityConfig}).
 * Callers are recognised by a personal API token ({@link TokenAuthenticationFilter}), or else by the site's session
 * or remember-me cookie exactly as pages recognise them. Reads are open (each handler applies the visibility rules);
 * writes need someone signed in. A write signed in by cookie needs the CSRF token as on the site ({@code
 * authenticity_token}, or the {@code X-CSRF-TOKEN} header, from {@code /token_dispenser.json}); a write with an API
 * token needs none. A call answered without acting ({@code OPTIONS}, or a method its address does not take: 405,
 * see {@link ApiMethods}) needs neither. Refusals are JSON with a 401 challenge (HTTP Basic for the OPDS catalog, so e-readers ask for
 * it, Bearer for the API), never a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            TokenBasedRememberMeServices rememberMe,
            ApiTokens tokens,
            ApiRateLimiter limiter,
            ApiJson json,
            ApiMethods methods,
            FanfoldProperties props)
            throws Exception {
        String realm = props.name();
        var csrfTokens = new HttpSessionCsrfTokenRepository();
        csrfTokens.setParameterName(PageContext.CSRF_PARAMETER);
        http.securityMatcher("/api/**", "/opds/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/opds/users/*/bookmarks")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**", "/opds/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**", "/opds/**")
                        .permitAll()
                        .requestMatchers(methods::answeredWithoutAction)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(ApiSecurityConfig::cannotBeForged, methods::answeredWithoutAction))
                .cors(cors -> cors.configurationSource(ApiSecurityConfig::cors))
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(
                                    HttpHeaders.WWW_AUTHENTICATE,
                                    TokenAuthenticationFilter.challenge(request, realm, null));
                            ApiErrorBody.write(
                                    response,
                                    401,
                                    "unauthorized",
                                    "This needs you signed in: send a personal API token as \"Authorization: Bearer"
                                            + " <token>\" (make one on your preferences page).",
                                    json);
                        })
                        .accessDeniedHandler((request, response, denied) -> ApiErrorBody.write(
                                response,
                                403,
                                "forbidden",
                                denied instanceof CsrfException
                                        ? "A write signed in with the session cookie needs its CSRF token"
                                                + " (authenticity_token or X-CSRF-TOKEN, from /token_dispenser.json);"
                                                + " programs should send an API token instead."
                                        : "You may not do this.",
                                json)))
                .addFilterBefore(new TokenAuthenticationFilter(tokens, json, realm), BasicAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limiter, json), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Cross-origin calls to the API from scripts on other sites, without cookies: any origin may read and write with a
     * token (the browser asks first, and sends no cookie, so nobody's session is used), and read the caching and
     * rate-limit headers. The OPDS catalog is for e-readers and sets none of this.
     */
    static @Nullable CorsConfiguration cors(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return null;
        var config = new CorsConfiguration();
        config.addAllowedOrigin("*");
        config.setAllowCredentials(false);
        config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-None-Match"));
        config.setExposedHeaders(
                List.of("ETag", "Location", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
        config.setMaxAge(Duration.ofHours(1));
        return config;
    }

    /**
     * Requests a forger cannot make a browser send with someone's credentials, which need no CSRF token: those
     * with an {@code Authorization} header (decided by the token alone) and those with neither a session nor any
     * cookie (nothing to sign in with, so a write is refused as unauthenticated, 401, rather than for its missing
     * CSRF token).
     */
    static boolean cannotBeForged(HttpServletRequest request) {
        if (TokenAuthenticationFilter.carriesToken(request)) return true;
        Cookie[] cookies = request.getCookies();
        return request.getSession(false) == null && (cookies == null || cookies.length == 0);
    }
}
