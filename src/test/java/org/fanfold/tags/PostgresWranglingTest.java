package org.fanfold.tags;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresWranglingTest extends WranglingContract {}
