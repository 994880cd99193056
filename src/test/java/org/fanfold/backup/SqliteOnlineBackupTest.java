package org.fanfold.backup;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteOnlineBackupTest extends OnlineBackupContract {}
