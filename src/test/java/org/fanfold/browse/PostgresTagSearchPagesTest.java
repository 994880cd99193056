package org.fanfold.browse;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresTagSearchPagesTest extends TagSearchPagesContract {}
