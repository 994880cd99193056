package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other call under {@code /api}, as JSON rather than the site's HTML pages: to an address an endpoint has but
 * with another method ({@code DELETE /api/v1/works/1}), {@code 405 Method Not Allowed} with an {@code Allow} header
 * listing the methods it takes ({@code OPTIONS} answers with that header alone); to an address no endpoint has, a
 * 404 naming where the endpoints are described. (This mapping takes every method, so Spring's own 405 never comes
 * for {@code /api}: the methods are looked up by {@link ApiMethods}.)
 */
@RestController
class ApiFallbackController implements ApiEndpoint {

    private final ApiMethods methods;
    private final ApiJson json;

    ApiFallbackController(ApiMethods methods, ApiJson json) {
        this.methods = methods;
        this.json = json;
    }

    @RequestMapping("/api/**")
    ResponseEntity<byte[]> none(HttpServletRequest request) {
        Set<String> allowed = methods.allowed(request);
        if (allowed.isEmpty()) {
            throw ApiException.notFound("There is no API endpoint " + request.getMethod() + " "
                    + request.getRequestURI()
                    + ". The endpoints are described at /api/v1/docs and /api/v1/openapi.json.");
        }
        String allow = String.join(", ", allowed);
        if (request.getMethod().equals("OPTIONS")) {
            return ResponseEntity.ok().header(HttpHeaders.ALLOW, allow).build();
        }
        String takes = String.join(
                ", ",
                allowed.stream()
                        .filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS"))
                        .toList());
        return ResponseEntity.status(405)
                .header(HttpHeaders.ALLOW, allow)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(json.write(new ApiErrorBody(
                        "method_not_allowed", "This address takes " + takes + ", not " + request.getMethod() + ".")));
    }
}
