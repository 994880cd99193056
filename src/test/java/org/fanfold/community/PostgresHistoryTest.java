package org.fanfold.community;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresHistoryTest extends HistoryContract {}
