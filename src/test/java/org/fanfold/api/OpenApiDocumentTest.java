package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.fanfold.testing.SqliteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-kept OpenAPI document names exactly the API's endpoints, and the docs page shows every one. */
@SqliteTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() throws Exception {
        byte[] json = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void theDocumentNamesEveryApiEndpointAndNothingElse() throws Exception {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
        String server = doc.path("servers").path(0).path("url").asString();
        assertThat(server).isEqualTo("/api/v1");
        Set<String> documented = new TreeSet<>();
        for (var path : doc.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + server + path.getKey());
            }
        }
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) continue;
                assertThat(info.getMethodsCondition().getMethods())
                        .as("%s names its HTTP method", pattern)
                        .isNotEmpty();
                info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }
        assertThat(mapped).isNotEmpty();
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void everyReferenceInTheDocumentResolves() throws Exception {
        JsonNode doc = document();
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/components/");
            JsonNode target = doc.path("components");
            for (String part : ref.substring("#/components/".length()).split("/")) target = target.path(part);
            assertThat(target.isMissingNode()).as(ref).isFalse();
        }
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                assertThat(op.getValue().path("operationId").asString()).isNotBlank();
                assertThat(op.getValue().path("responses").isEmpty()).isFalse();
                for (var param : op.getValue().path("parameters")) {
                    if (param.has("$ref")) continue;
                    if (param.path("in").asString().equals("path")) {
                        assertThat(path.getKey())
                                .contains("{" + param.path("name").asString() + "}");
                    }
                }
            }
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref")) refs.add(node.path("$ref").asString());
            node.properties().forEach(e -> collect(e.getValue(), refs));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }

    @Test
    void theDocsPageShowsEveryOperationAndSchema() throws Exception {
        JsonNode doc = document();
        Document page =
                html(mvc.perform(get("/api/v1/docs")).andExpect(status().isOk()).andReturn());
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String id = op.getValue().path("operationId").asString();
                assertThat(page.select("section.operation#" + id + " h4").text())
                        .isEqualTo(op.getKey().toUpperCase(Locale.ROOT) + " /api/v1" + path.getKey());
                assertThat(page.select("nav.toc a[href=#" + id + "]")).hasSize(1);
            }
        }
        for (var schema : doc.path("components").path("schemas").properties()) {
            assertThat(page.select("section.schema#schema-" + schema.getKey())).hasSize(1);
        }
        assertThat(page.select("section#getWork table.parameters th code").text())
                .isEqualTo("id");
        assertThat(page.select("section#listWorks table.parameters th code").eachText())
                .contains("work_search[other_tag_names]", "page", "facets");
        assertThat(page.select("section#postWork p.body a").attr("href")).isEqualTo("#schema-WorkBody");
        mvc.perform(get("/api")).andExpect(redirectedUrl("/api/v1/docs"));
    }
}
