package org.fanfold.api;

/** A token just made: the only time its {@code secret} is known, shown once on its owner's token page. */
public record NewApiToken(ApiToken token, String secret) {}
