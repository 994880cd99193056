/**
 * The admin area's front door: {@code /admin} lists every admin page the other modules contribute
 * ({@link org.fanfold.shared.AdminPages}), and the page header links to it for admins. The pages themselves live in
 * the modules whose settings they change.
 */
@NullMarked
@ApplicationModule(displayName = "Admin")
package org.fanfold.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
