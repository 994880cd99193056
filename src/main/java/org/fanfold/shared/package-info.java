/**
 * What every feature module shares: settings, the database connection, the viewer, errors, user-HTML sanitizing,
 * text formats, word counting, paging and the page context the templates are rendered with. It knows no feature.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.fanfold.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
