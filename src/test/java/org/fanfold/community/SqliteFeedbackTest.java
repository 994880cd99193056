package org.fanfold.community;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteFeedbackTest extends FeedbackContract {}
