package org.fanfold.accounts;

import org.fanfold.shared.PageContext;
import org.fanfold.shared.SiteSecrets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Who may reach what, and how people sign in. Field names follow AO3 ({@code user[login]}, {@code user[password]},
 * {@code user[remember_me]}, CSRF as {@code authenticity_token}) so tools that log in to AO3 log in here too.
 * Pages decide finer rights (a creator's own work) themselves; this only demands a login where one is always needed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    TokenBasedRememberMeServices rememberMeServices(SiteSecrets secrets, AccountUserDetailsService users) {
        var services = new TokenBasedRememberMeServices(secrets.get("remember-me"), users);
        services.setParameter("user[remember_me]");
        services.setCookieName("remember_user_token");
        services.setTokenValiditySeconds(14 * 24 * 3600);
        return services;
    }

    /**
     * Spring Security observes nothing of its own. With observations on, it wraps each of its filters to time it for
     * tracing, and its checks of logins and rights too, on every request: nothing here reads those timings, and the
     * wrapping alone was 1–3 % of a listing page's time on the server (bench/README.md). Requests are still timed
     * whole ({@code http_server_requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TokenBasedRememberMeServices rememberMe)
            throws Exception {
        var csrfTokens = new HttpSessionCsrfTokenRepository();
        csrfTokens.setParameterName(PageContext.CSRF_PARAMETER);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/works/new",
                                "/works/import",
                                "/works/*/edit",
                                "/works/*/delete",
                                "/works/*/chapters/new",
                                "/works/*/chapters/*/edit",
                                "/works/*/chapters/*/delete",
                                "/works/*/chapters/manage",
                                "/users/*/profile/edit",
                                "/users/*/preferences",
                                "/users/*/api_tokens",
                                "/users/*/pseuds/new",
                                "/users/*/pseuds/*/edit",
                                "/users/*/pseuds/*/delete",
                                "/users/*/creatorships",
                                "/users/*/claims/**",
                                "/users/*/exclusions",
                                "/users/*/works/drafts",
                                "/works/*/bookmarks/new",
                                "/series/*/bookmarks/new",
                                "/bookmarks/*/edit",
                                "/bookmarks/*/delete",
                                "/users/*/stats",
                                "/tags/*/edit",
                                "/tags/*/wrangle",
                                "/tag_wranglings",
                                "/series/*/edit",
                                "/series/*/manage",
                                "/collections/new",
                                "/collections/*/edit",
                                "/collections/*/items",
                                "/collections/*/participants",
                                "/collections/*/delete",
                                "/works/*/collection_items/new",
                                "/works/*/related_works/new",
                                "/users/*/collection_items",
                                "/works/*/comment_settings",
                                "/works/*/unreviewed_comments",
                                "/comments/*/edit",
                                "/comments/*/delete",
                                "/users/*/blocked",
                                "/users/*/block",
                                "/users/*/mute",
                                "/admin/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/signup", "/users/login", "/users/logout")
                        .permitAll()
                        // Guests comment, reply and leave kudos (the community module checks each work's rules).
                        .requestMatchers(
                                HttpMethod.POST,
                                "/works/*/comments",
                                "/works/*/chapters/*/comments",
                                "/comments/*/comments",
                                "/works/*/kudos")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(new QuickRequestCache()))
                .formLogin(form -> form.loginPage("/users/login")
                        .loginProcessingUrl("/users/login")
                        .usernameParameter("user[login]")
                        .passwordParameter("user[password]")
                        .successHandler(new ReturnToSuccessHandler())
                        .failureUrl("/users/login?error")
                        .permitAll())
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/users/logout")
                        .logoutSuccessUrl("/?logged_out")
                        .deleteCookies("remember_user_token"))
                .addFilterBefore(new LoginThrottle(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
