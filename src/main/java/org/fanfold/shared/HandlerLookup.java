package org.fanfold.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method among the mappings that could match its first path segment, not among all.
 *
 * <p>Spring looks a path without variables up directly, but for one with them ({@code /tags/{name}/works}, every
 * listing, work and tag page) it tries each of the archive's 200-odd mappings in turn: about 5 % of a listing page's
 * time on the server (bench/README.md). Here the mappings are grouped by the literal first segment of their patterns
 * ({@code tags}), and a request tries only its own group and the mappings whose first segment is not literal. The
 * choice among the matches is Spring's own (its comparator); anything unusual — a direct path, a CORS preflight, an
 * encoded or matrix-parameter first segment, no match (so 404 and 405 stay Spring's), a tie — is left to Spring's
 * full lookup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HandlerLookup {

    @Bean
    WebMvcRegistrations groupedHandlerLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new BySegment();
            }
        };
    }

    /** Spring's mapping of {@code @RequestMapping} methods, with the lookup grouped by first path segment. */
    static final class BySegment extends RequestMappingHandlerMapping {

        private volatile @Nullable Groups groups;

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            Groups g = groups;
            if (g == null) groups = g = Groups.of(getHandlerMethods());
            String segment = firstSegment(lookupPath);
            if (segment == null || g.direct.contains(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            RequestMappingInfo best = null, second = null;
            HandlerMethod bestMethod = null;
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            for (List<Map.Entry<RequestMappingInfo, HandlerMethod>> group :
                    List.of(g.bySegment.getOrDefault(segment, List.of()), g.anySegment)) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : group) {
                    RequestMappingInfo match = getMatchingMapping(mapping.getKey(), request);
                    if (match == null) continue;
                    if (best == null || order.compare(match, best) < 0) {
                        second = best;
                        best = match;
                        bestMethod = mapping.getValue();
                    } else if (second == null || order.compare(match, second) < 0) {
                        second = match;
                    }
                }
            }
            if (best == null || (second != null && order.compare(best, second) == 0)) {
                return super.lookupHandlerMethod(lookupPath, request); // Spring's 404, 405 or ambiguity
            }
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, bestMethod);
            handleMatch(best, lookupPath, request);
            return bestMethod;
        }

        /** Spring's own lookup over every mapping (for the test that compares the two). */
        @Nullable
        HandlerMethod everyMapping(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, request);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            groups = null;
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            groups = null;
        }

        /** The first segment of a request's path; null when it is encoded or has matrix parameters. */
        static @Nullable String firstSegment(String path) {
            if (!path.startsWith("/")) return null;
            int end = path.indexOf('/', 1);
            String segment = end < 0 ? path.substring(1) : path.substring(1, end);
            return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }

        /** The first segment of a mapping's pattern when it is literal text; null when it may match anything. */
        static @Nullable String literalFirstSegment(String pattern) {
            String segment = firstSegment(pattern);
            if (segment == null) return null;
            for (char c : new char[] {'{', '}', '*', '?'}) {
                if (segment.indexOf(c) >= 0) return null;
            }
            return segment;
        }
    }

    /** The mappings by the literal first segment of their patterns, those that may match any, and direct paths. */
    record Groups(
            Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> bySegment,
            List<Map.Entry<RequestMappingInfo, HandlerMethod>> anySegment,
            Set<String> direct) {

        static Groups of(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> bySegment = new HashMap<>();
            List<Map.Entry<RequestMappingInfo, HandlerMethod>> anySegment = new ArrayList<>();
            Set<String> direct = new HashSet<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.entrySet()) {
                for (String path : mapping.getKey().getDirectPaths()) direct.add(path);
                PathPatternsRequestCondition paths = mapping.getKey().getPathPatternsCondition();
                List<String> segments = new ArrayList<>();
                boolean any = paths == null || paths.getPatterns().isEmpty();
                if (paths != null) {
                    for (PathPattern pattern : paths.getPatterns()) {
                        String segment = BySegment.literalFirstSegment(pattern.getPatternString());
                        if (segment == null) any = true;
                        else if (!segments.contains(segment)) segments.add(segment);
                    }
                }
                if (any) anySegment.add(Map.entry(mapping.getKey(), mapping.getValue()));
                else {
                    for (String segment : segments) {
                        bySegment
                                .computeIfAbsent(segment, s -> new ArrayList<>())
                                .add(Map.entry(mapping.getKey(), mapping.getValue()));
                    }
                }
            }
            return new Groups(Map.copyOf(bySegment), List.copyOf(anySegment), Set.copyOf(direct));
        }
    }
}
