package org.fanfold.tags;

import org.fanfold.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * On a database that compares text as English does, where "éclair" sorts after "ê": words must still be compared by
 * code point for a prefix to be a range.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabases.PostgresEnglish.class)
class PostgresTagSearchTest extends TagSearchContract {}
