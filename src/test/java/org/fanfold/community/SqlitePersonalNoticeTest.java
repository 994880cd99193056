package org.fanfold.community;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqlitePersonalNoticeTest extends PersonalNoticeContract {}
