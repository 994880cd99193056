package org.fanfold.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.get_mapping.IndexMappingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the works index exists with this version's settings and mappings ({@code works-index.json}): creates
 * it when missing, and drops and recreates it when it was made by an older schema (its {@code _meta.fanfoldSchema}
 * differs). Either way the index is then empty and needs a rebuild.
 */
final class IndexSetup {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);

    /** Raise when works-index.json changes in a way existing indexes cannot follow. */
    static final String SCHEMA = "3";

    private static final String DEFINITION = "works-index.json";

    private IndexSetup() {}

    /** Returns whether the index had to be created. */
    static boolean ensure(OpenSearchClient client, String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            String schema = schemaOf(client, index);
            if (SCHEMA.equals(schema)) return false;
            log.warn(
                    "The search index {} has schema {} but this version needs {}; recreating it empty.",
                    index,
                    schema,
                    SCHEMA);
            client.indices().delete(d -> d.index(index));
        }
        return create(client, index);
    }

    private static String schemaOf(OpenSearchClient client, String index) throws IOException {
        IndexMappingRecord record =
                client.indices().getMapping(m -> m.index(index)).get(index);
        if (record == null || record.mappings() == null) return "none";
        Map<String, JsonData> meta = record.mappings().meta();
        JsonData schema = meta == null ? null : meta.get("fanfoldSchema");
        return schema == null ? "none" : schema.toJson().toString().replace("\"", "");
    }

    /** Creates the index; false when another process created it meanwhile (that process rebuilds it). */
    private static boolean create(OpenSearchClient client, String index) throws IOException {
        byte[] definition;
        try (InputStream in = IndexSetup.class.getResourceAsStream(DEFINITION)) {
            if (in == null) throw new IllegalStateException(DEFINITION + " is missing from the classpath");
            definition = in.readAllBytes();
        }
        try (Response response = client.generic()
                .execute(Requests.builder()
                        .method("PUT")
                        .endpoint("/" + index)
                        .body(Body.from(definition, "application/json"))
                        .build())) {
            if (response.getStatus() < 300) return true;
            String body = response.getBody().map(Body::bodyAsString).orElse("");
            if (body.contains("resource_already_exists_exception")) return false;
            throw new IllegalStateException(
                    "Cannot create the search index " + index + ": HTTP " + response.getStatus() + " " + body);
        }
    }

    static RuntimeException failure(String what, Exception e) {
        if (e instanceof IOException io) return new UncheckedIOException(what + ": " + io.getMessage(), io);
        if (e instanceof OpenSearchException os) return new IllegalStateException(what + ": " + os.getMessage(), os);
        return e instanceof RuntimeException r ? r : new IllegalStateException(what, e);
    }
}
