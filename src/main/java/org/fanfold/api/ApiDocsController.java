package org.fanfold.api;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The API's description: the OpenAPI document as JSON ({@code /api/v1/openapi.json}) and as a page to read
 * ({@code /api/v1/docs}, also at {@code /api} and {@code /api/v1}), both from the one document.
 */
@Controller
class ApiDocsController {

    private final ApiDocument document = ApiDocument.load();
    private final String etag = ApiJson.weakETag(document.json());

    @GetMapping(value = "/api/v1/openapi.json")
    @ResponseBody
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(document.json());
    }

    @GetMapping("/api/v1/docs")
    String docs(Model model) {
        model.addAttribute("doc", document);
        return "api/docs";
    }

    @GetMapping({"/api", "/api/v1"})
    String home() {
        return "redirect:/api/v1/docs";
    }
}
