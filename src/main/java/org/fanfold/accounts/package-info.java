/**
 * Accounts: users, their pseuds (pen names), sign-up, log in and out with remember-me, throttled login attempts,
 * roles (admin, wrangler) and the profile page. Security configuration lives here; other modules see who is
 * looking through {@link org.fanfold.shared.Viewer} and ask {@link org.fanfold.accounts.Accounts} for users and
 * pseuds.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.fanfold.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
