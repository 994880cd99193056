package org.fanfold.search.lucene;

import org.fanfold.search.SearchEngine;
import org.fanfold.shared.FanfoldProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the embedded Lucene engine, with its index in {@code <data dir>/index}. */
@Configuration(proxyBeanMethods = false)
class LuceneConfig {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(FanfoldProperties props) {
        return new LuceneSearchEngine(props.dataDir().resolve("index"));
    }
}
