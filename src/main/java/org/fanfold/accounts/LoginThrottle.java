package org.fanfold.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles login attempts as AO3 does: at most 5 in 20 seconds from one address, and 5 in 20 seconds for one
 * login from anywhere. A throttled attempt is not checked at all; the login page says how long to wait.
 */
class LoginThrottle extends OncePerRequestFilter {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofSeconds(20);

    /** The same matcher the login filter uses, so every request it checks passes through here first. */
    private static final RequestMatcher LOGIN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/users/login");

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(100_000)
            .build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getParameter("user[login]");
        long waitIp = consume("ip:" + request.getRemoteAddr());
        long waitLogin = login == null ? 0 : consume("login:" + login.strip().toLowerCase(Locale.ROOT));
        long wait = Math.max(waitIp, waitLogin);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.sendRedirect(request.getContextPath() + "/users/login?throttled=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes one attempt from the key's bucket; returns 0, or the nanoseconds until one is free again. */
    private long consume(String key) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(ATTEMPTS)
                                .refillIntervally(ATTEMPTS, WINDOW)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }
}
