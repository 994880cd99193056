package org.fanfold.tags;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteWranglingPagesTest extends WranglingPagesContract {}
