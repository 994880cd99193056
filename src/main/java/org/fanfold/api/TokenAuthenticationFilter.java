package org.fanfold.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} and {@code /opds/**} requests that carry a personal API token: as
 * {@code Authorization: Bearer <token>}, or as the password of HTTP Basic (e-readers ask for a user name and a
 * password; the user name must then be the token holder's login, or left blank).
 *
 * <p>A request with an {@code Authorization} header is authenticated by its token alone, or refused with 401: it
 * never falls back to a session cookie sent beside it, which is what lets such requests skip the CSRF check (a
 * browser never adds this header to a request another site makes it send). The authentication holds for this
 * request only: nothing is kept in a session, and no session is made.
 */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiJson json;
    private final String realm;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    TokenAuthenticationFilter(ApiTokens tokens, ApiJson json, String realm) {
        this.tokens = tokens;
        this.json = json;
        this.realm = realm.replace("\"", "");
    }

    /** Whether the request carries credentials in an {@code Authorization} header (this filter then decides it). */
    static boolean carriesToken(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Credentials credentials = parse(header.strip());
        if (credentials == null) {
            refuse(
                    request,
                    response,
                    "The Authorization header must be \"Bearer <token>\" or HTTP Basic with an API"
                            + " token as the password.");
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.authenticate(credentials.secret());
        if (holder.isEmpty() || !credentials.userMatches(holder.get().viewer().login())) {
            refuse(request, response, "This API token is not valid: it may have been revoked, or mistyped.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                new TokenAuthentication(holder.get().tokenId(), holder.get().viewer()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** What the header holds: the token, and for HTTP Basic the user name given with it. */
    private record Credentials(String secret, @Nullable String user) {
        boolean userMatches(@Nullable String login) {
            if (user == null || user.isBlank()) return true;
            return login != null && user.strip().toLowerCase(Locale.ROOT).equals(login.toLowerCase(Locale.ROOT));
        }
    }

    private static @Nullable Credentials parse(String header) {
        int space = header.indexOf(' ');
        if (space < 0) return null;
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) return value.isEmpty() ? null : new Credentials(value, null);
        if (!scheme.equalsIgnoreCase("Basic")) return null;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return null;
        return new Credentials(decoded.substring(colon + 1), decoded.substring(0, colon));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(request, realm, "invalid_token"));
        ApiErrorBody.write(response, 401, "unauthorized", message, json);
    }

    /** The challenge for a 401: HTTP Basic for the OPDS catalog (e-readers prompt for it), Bearer for the API. */
    static String challenge(HttpServletRequest request, String realm, @Nullable String error) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/opds")) {
            return "Basic realm=\"" + realm + "\"";
        }
        return "Bearer realm=\"" + realm + "\"" + (error == null ? "" : ", error=\"" + error + "\"");
    }
}
