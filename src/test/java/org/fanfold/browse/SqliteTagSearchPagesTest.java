package org.fanfold.browse;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteTagSearchPagesTest extends TagSearchPagesContract {}
