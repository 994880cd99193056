package org.fanfold.shared;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one database, opened as {@link Databases} describes, and the clock. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(FanfoldProperties props) {
        return Databases.open(props);
    }
}
