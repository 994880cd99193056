package org.fanfold.importing.efiction;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresEfictionImportTest extends EfictionImportContract {}
