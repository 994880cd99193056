package org.fanfold.api;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteApiTokenTest extends ApiTokenContract {}
