package org.fanfold.community;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresFeedbackTest extends FeedbackContract {}
