/**
 * The {@code fanfold} command line: picocli subcommands in the same jar as the server ({@code serve}, {@code import},
 * {@code reindex}, {@code generate}, {@code user create}). Each starts the application context it needs and calls the
 * feature modules' public APIs; none holds logic of its own.
 */
@NullMarked
@ApplicationModule(displayName = "Command line")
package org.fanfold.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
