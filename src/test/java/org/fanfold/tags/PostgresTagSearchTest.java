package org.fanfold.tags;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresTagSearchTest extends TagSearchContract {}
