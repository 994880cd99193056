package org.fanfold.accounts;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresPseudTest extends PseudContract {}
