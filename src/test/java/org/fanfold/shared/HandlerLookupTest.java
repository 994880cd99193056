package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fanfold.testing.SqliteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/** The lookup grouped by first path segment finds what Spring's lookup over every mapping finds, for every mapping. */
@SqliteTest
class HandlerLookupTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyMappingsPathsAndSomeStrangerOnesGoWhereSpringSendsThem() throws Exception {
        assertThat(mapping).isInstanceOf(HandlerLookup.BySegment.class);
        var grouped = (HandlerLookup.BySegment) mapping;
        List<String[]> requests = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern :
                    Objects.requireNonNull(info.getPathPatternsCondition()).getPatterns()) {
                String path = pattern.getPatternString()
                        .replaceAll("\\{\\*[^}]*}", "/a/b")
                        .replaceAll("\\{[^}]*}", "x1")
                        .replace("**", "a/b")
                        .replace("*", "x");
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    requests.add(new String[] {m.name(), path});
                    requests.add(new String[] {m == RequestMethod.GET ? "POST" : "GET", path});
                }
                requests.add(new String[] {"GET", path + "/extra"});
                requests.add(new String[] {"GET", path.replaceFirst("^/([^/]+)", "/$1;jsessionid=1")});
                requests.add(new String[] {"GET", path.replaceFirst("^/([^/])", "/%" + "61$1")});
            }
        }
        for (String path : List.of("/", "/nope", "/tags", "/tags/", "/tags/a/b/c/works", "/works/1/chapters/2")) {
            requests.add(new String[] {"GET", path});
        }
        assertThat(requests).hasSizeGreaterThan(300);
        int found = 0;
        for (String[] r : requests) {
            String a = lookup(r, false, grouped), b = lookup(r, true, grouped);
            assertThat(a).as(r[0] + " " + r[1]).isEqualTo(b);
            if (a.startsWith("handler")) found++;
        }
        assertThat(found).as("most requests find a handler").isGreaterThan(requests.size() / 3);
    }

    /** Where one request goes, described: its handler method and path variables, or what the lookup threw. */
    private static String lookup(String[] r, boolean everyMapping, HandlerLookup.BySegment grouped) {
        var request = new MockHttpServletRequest(r[0], r[1]);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerMethod method =
                    everyMapping ? grouped.everyMapping(r[1], request) : grouped.lookupHandlerMethod(r[1], request);
            return "handler " + method + " "
                    + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
                    + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
