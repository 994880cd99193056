package org.fanfold.works;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresCreditsTest extends CreditsContract {}
