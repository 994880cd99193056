package org.fanfold.browse;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteFandomPagesTest extends FandomPagesContract {}
