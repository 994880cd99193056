/**
 * Finding works: the {@link org.fanfold.search.SearchEngine} port with its documents, queries and hits; the outbox
 * ({@link org.fanfold.search.IndexQueue}) that feeds it in the writer's own transaction; and the
 * {@link org.fanfold.search.WorkIndexer} that drains the outbox into the engine and rebuilds the index. The index is
 * disposable: it holds nothing the database does not. Engines live in sub-packages ({@code lucene}, later
 * {@code opensearch}); this package knows works only through {@link org.fanfold.search.WorkDocumentSource}.
 */
@NullMarked
@ApplicationModule(displayName = "Search")
package org.fanfold.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
