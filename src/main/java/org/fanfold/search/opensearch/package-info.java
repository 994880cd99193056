/**
 * The scale-out search engine: {@link org.fanfold.search.opensearch.OpenSearchEngine}, an OpenSearch index with the
 * Lucene engine's analysis, query semantics, sorts and facet counts, chosen with {@code fanfold.search=opensearch}
 * ({@link org.fanfold.search.opensearch.OpenSearchConfig}).
 */
@NullMarked
package org.fanfold.search.opensearch;

import org.jspecify.annotations.NullMarked;
