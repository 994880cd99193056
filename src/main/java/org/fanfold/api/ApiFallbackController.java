package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under {@code /api}: a JSON 404 naming where the endpoints are, not the site's HTML page. */
@RestController
class ApiFallbackController implements ApiEndpoint {

    @RequestMapping("/api/**")
    void none(HttpServletRequest request) {
        throw ApiException.notFound("There is no API endpoint " + request.getMethod() + " " + request.getRequestURI()
                + ". The endpoints are described at /api/v1/docs and /api/v1/openapi.json.");
    }
}
