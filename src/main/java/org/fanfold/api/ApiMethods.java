package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Which methods the API's endpoints take at a request's path, looked up among the controllers' mappings (the
 * catch-all {@link ApiFallbackController} aside). Used to answer a method an address does not take with 405 and
 * {@code Allow}, and to let such a call (and {@code OPTIONS}) through the API's security unauthenticated: it is
 * answered without doing anything. Thread-safe.
 */
@Component
class ApiMethods {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiMethods(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /**
     * The methods taken at the request's path, in alphabetical order, with HEAD where GET is taken and OPTIONS; empty
     * when no endpoint has the path.
     */
    Set<String> allowed(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) ServletRequestPathUtils.parseAndCache(request);
        try {
            Set<String> allowed = new TreeSet<>();
            mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
                if (handler.getBeanType() == ApiFallbackController.class
                        || info.getActivePatternsCondition().getMatchingCondition(request) == null) return;
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    for (RequestMethod m : RequestMethod.values()) allowed.add(m.name());
                }
                methods.forEach(m -> allowed.add(m.name()));
            });
            if (allowed.isEmpty()) return allowed;
            if (allowed.contains("GET")) allowed.add("HEAD");
            allowed.add("OPTIONS");
            return allowed;
        } finally {
            if (!parsed) ServletRequestPathUtils.clearParsedRequestPath(request);
        }
    }

    /**
     * Whether the request is an API call the API answers without doing anything: {@code OPTIONS}, or a method its
     * address does not take (405).
     */
    boolean answeredWithoutAction(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith(request.getContextPath() + "/api/")) return false;
        Set<String> allowed = allowed(request);
        if (allowed.isEmpty()) return false;
        return request.getMethod().equals("OPTIONS") || !allowed.contains(request.getMethod());
    }
}
