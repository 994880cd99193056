package org.fanfold.tags;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteTagSearchTest extends TagSearchContract {}
