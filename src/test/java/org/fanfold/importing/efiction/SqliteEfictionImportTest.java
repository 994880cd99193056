package org.fanfold.importing.efiction;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteEfictionImportTest extends EfictionImportContract {}
