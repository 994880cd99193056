package org.fanfold.works;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteCreditsTest extends CreditsContract {}
