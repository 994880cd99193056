package org.fanfold.api;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresApiTokenTest extends ApiTokenContract {}
