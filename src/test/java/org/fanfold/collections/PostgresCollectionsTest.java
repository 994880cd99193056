package org.fanfold.collections;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresCollectionsTest extends CollectionMembershipContract {}
