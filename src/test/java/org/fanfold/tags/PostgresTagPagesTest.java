package org.fanfold.tags;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresTagPagesTest extends TagPagesContract {}
