/**
 * The embedded search engine: {@link org.fanfold.search.lucene.LuceneSearchEngine}, a Lucene index in the data
 * directory, with its schema, analyzer, query building and facet counting.
 */
@NullMarked
package org.fanfold.search.lucene;

import org.jspecify.annotations.NullMarked;
