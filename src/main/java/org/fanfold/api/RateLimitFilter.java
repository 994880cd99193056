package org.fanfold.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fanfold.shared.ViewerPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link ApiRateLimiter} to {@code /api/**} once the caller is known (it runs after authentication and
 * authorization): every answer carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}, and a call
 * over budget is answered {@code 429 Too Many Requests} with {@code Retry-After} in seconds.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimiter limiter;
    private final ApiJson json;

    RateLimitFilter(ApiRateLimiter limiter, ApiJson json) {
        this.limiter = limiter;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ApiRateLimiter.Decision decision;
        if (auth instanceof TokenAuthentication token) {
            decision = limiter.take(ApiRateLimiter.Caller.TOKEN, String.valueOf(token.tokenId()), write);
        } else if (auth != null
                && auth.getPrincipal() instanceof ViewerPrincipal p
                && p.viewer().userId() != null) {
            decision = limiter.take(
                    ApiRateLimiter.Caller.USER, String.valueOf(p.viewer().userId()), write);
        } else {
            decision = limiter.take(ApiRateLimiter.Caller.ADDRESS, request.getRemoteAddr(), write);
        }
        if (decision.limit() > 0) {
            response.setHeader("X-RateLimit-Limit", String.valueOf(decision.limit()));
            response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        }
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            ApiErrorBody.write(
                    response,
                    429,
                    "rate_limited",
                    "Too many " + (write ? "writes" : "requests") + ": at most " + decision.limit()
                            + " a minute. Try again in " + decision.retryAfterSeconds() + " seconds.",
                    json);
            return;
        }
        chain.doFilter(request, response);
    }
}
