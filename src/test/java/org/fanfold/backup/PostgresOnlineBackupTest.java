package org.fanfold.backup;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresOnlineBackupTest extends OnlineBackupContract {}
