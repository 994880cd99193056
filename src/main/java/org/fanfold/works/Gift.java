package org.fanfold.works;

import org.jspecify.annotations.Nullable;

/** A gift: to an account (with its login), or to a name typed as text. */
public record Gift(String name, @Nullable String login) {}
