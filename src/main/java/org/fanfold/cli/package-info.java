/**
 * The {@code fanfold} command line: picocli subcommands in the same jar as the server ({@code serve}, {@code import},
 * {@code reindex}, {@code generate}, {@code user create}, {@code backup}, {@code restore}). Each starts the
 * application context it needs (backup and restore reach the database before or without it) and calls the feature
 * modules' public APIs; none holds logic of its own.
 */
@NullMarked
@ApplicationModule(displayName = "Command line")
package org.fanfold.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
