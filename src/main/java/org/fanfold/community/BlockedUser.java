package org.fanfold.community;

/** An account someone blocked, as their blocked-users page lists it; {@code since} in epoch milliseconds. */
public record BlockedUser(String login, long since) {}
