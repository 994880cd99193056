package org.fanfold.collections;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteCollectionsTest extends CollectionMembershipContract {}
