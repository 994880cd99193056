package org.fanfold.works;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteArchiveTest extends ArchiveContract {}
