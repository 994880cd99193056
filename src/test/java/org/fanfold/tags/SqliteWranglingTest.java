package org.fanfold.tags;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteWranglingTest extends WranglingContract {}
