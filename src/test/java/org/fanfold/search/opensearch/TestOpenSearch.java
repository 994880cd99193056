package org.fanfold.search.opensearch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The OpenSearch server tests run against: {@code FANFOLD_TEST_OPENSEARCH_URL} ({@code .ci/opensearch.sh start}
 * prints one). Without it the tests are skipped, with the reason in the report, except on CI ({@code CI=true}),
 * where a missing server is a failure.
 */
final class TestOpenSearch {

    static final String VARIABLE = "FANFOLD_TEST_OPENSEARCH_URL";

    private TestOpenSearch() {}

    static URI url() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set, but CI=true: the OpenSearch tests must run on CI. "
                    + ".ci/run starts a server with .ci/opensearch.sh and exports it.");
        }
        return URI.create(url.strip());
    }

    /** A name no other test (or test run) uses. */
    static String uniqueIndex() {
        return "fanfold-test-" + UUID.randomUUID().toString().replace("-", "");
    }

    static void deleteIndex(String index) {
        OpenSearchClient client = Clients.create(url());
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (Exception e) {
            // best effort: the test already passed or failed on its own
        } finally {
            Clients.close(client);
        }
    }

    /** Runs the annotated class only when the server is configured, or on CI. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Condition.class)
    @interface Required {}

    static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(VARIABLE);
            if (url != null && !url.isBlank()) return ConditionEvaluationResult.enabled("OpenSearch at " + url);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled(VARIABLE + " is unset on CI: the tests run and fail");
            }
            return ConditionEvaluationResult.disabled("Skipped: " + VARIABLE
                    + " is not set. Start a server with `.ci/opensearch.sh start` and export the URL it prints.");
        }
    }
}
