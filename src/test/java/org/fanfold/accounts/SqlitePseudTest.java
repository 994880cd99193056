package org.fanfold.accounts;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqlitePseudTest extends PseudContract {}
