package org.fanfold.search.lucene;

import org.fanfold.search.SearchEngine;
import org.fanfold.shared.FanfoldProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the embedded Lucene engine, with its index in {@code <data dir>/index}: the default, and whenever
 * {@code fanfold.search=lucene}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fanfold.search", havingValue = "lucene", matchIfMissing = true)
class LuceneConfig {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(FanfoldProperties props) {
        return new LuceneSearchEngine(props.dataDir().resolve("index"));
    }
}
