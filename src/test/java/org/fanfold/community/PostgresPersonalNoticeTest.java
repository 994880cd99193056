package org.fanfold.community;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresPersonalNoticeTest extends PersonalNoticeContract {}
