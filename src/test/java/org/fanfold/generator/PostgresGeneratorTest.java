package org.fanfold.generator;

import org.fanfold.testing.TestDatabases;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class PostgresGeneratorTest extends GeneratorContract {

    @Override
    ApplicationContextInitializer<ConfigurableApplicationContext> database() {
        return new TestDatabases.Postgres();
    }
}
