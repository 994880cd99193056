package org.fanfold.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * For test classes that start another application in this JVM (a CLI command, a second server on a data dir): such
 * an application sets up Logback again with its own levels ({@code logging.level.root=warn} for commands), and
 * Logback is one per JVM, so the shared test applications would go on logging at WARN. Tests that read the log (an
 * e-mail written there, say) would then wait for lines that never come. This puts every logger's level back after
 * the class.
 */
public final class KeepLogLevels implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeepLogLevels.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, Level> levels = new HashMap<>();
        for (Logger logger : loggers().getLoggerList()) levels.put(logger.getName(), logger.getLevel());
        context.getStore(NAMESPACE).put("levels", levels);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Map<String, Level> levels = context.getStore(NAMESPACE).remove("levels", Map.class);
        if (levels == null) return;
        for (Logger logger : loggers().getLoggerList()) logger.setLevel(levels.get(logger.getName()));
    }

    private static LoggerContext loggers() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
