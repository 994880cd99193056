package org.fanfold.community;

/** One of a reader's subscriptions, as stored. */
record Subscription(long id, long userId, SubscriptionTarget target, long createdAt) {}
