package org.fanfold.search.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import org.fanfold.search.SearchEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides the OpenSearch engine when {@code fanfold.search=opensearch} ({@code FANFOLD_SEARCH=opensearch}), at
 * {@code fanfold.opensearch-url} ({@code FANFOLD_OPENSEARCH_URL}) in the index {@code fanfold.opensearch-index}
 * ({@code FANFOLD_OPENSEARCH_INDEX}, default {@code fanfold-works}). Start fails, naming the setting, when the URL
 * is missing, malformed or unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fanfold.search", havingValue = "opensearch")
class OpenSearchConfig {

    static final String URL = "fanfold.opensearch-url";
    static final String INDEX = "fanfold.opensearch-index";
    static final String DEFAULT_INDEX = "fanfold-works";
    private static final String URL_NAMES = URL + " (FANFOLD_OPENSEARCH_URL)";

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(Environment env) {
        String url = env.getProperty(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("fanfold.search=opensearch needs " + URL_NAMES
                    + ", the OpenSearch address, e.g. http://127.0.0.1:9200; it is not set");
        }
        String index = env.getProperty(INDEX, DEFAULT_INDEX).strip();
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(URL_NAMES + " is not a URL: " + e.getMessage(), e);
        }
        try {
            return OpenSearchEngine.connect(uri, index);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(URL_NAMES + " is " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot use OpenSearch at " + Clients.redacted(uri) + " (" + URL_NAMES + ", index " + index + "): "
                            + e.getMessage(),
                    e);
        }
    }
}
