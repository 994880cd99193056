package org.fanfold.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium for the browser tests (DESIGN.md §1): Playwright never downloads a browser of its own
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}), it drives {@code /usr/bin/chromium}, headless.
 */
final class Chromium {

    /** Where Debian and Ubuntu put it; {@code FANFOLD_CHROMIUM} names another binary. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private Chromium() {}

    /** The Chromium binary, if there is one. */
    static Optional<Path> find() {
        String override = System.getenv("FANFOLD_CHROMIUM");
        List<String> candidates = override == null || override.isBlank() ? CANDIDATES : List.of(override);
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String notFound() {
        String override = System.getenv("FANFOLD_CHROMIUM");
        return "Chromium not found (looked for " + (override != null && !override.isBlank() ? override : CANDIDATES)
                + "); install it with `apt-get install chromium` to run the browser tests";
    }

    /** The Chromium binary; fails without one (see {@link Present} for when the tests run at all). */
    static Path require() {
        return find().orElseThrow(() -> new AssertionError(notFound() + (onCi() ? " (CI=true, so this fails)" : "")));
    }

    /**
     * Skips a test class, with the reason, when there is no Chromium, so a developer without it still gets a green
     * build but sees why these tests did not run; on CI ({@code CI=true}) lets it run, so {@link #require()} fails
     * it. A condition rather than an assumption in {@code @BeforeAll}: it is decided before the application starts,
     * and Surefire reports the class as skipped (an aborted {@code @BeforeAll} leaves no trace in its report).
     */
    static final class Present implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (find().isPresent()) return ConditionEvaluationResult.enabled("Chromium found");
            if (onCi()) return ConditionEvaluationResult.enabled("CI=true: no Chromium is a failure");
            return ConditionEvaluationResult.disabled(notFound());
        }
    }

    /** Launches headless Chromium from {@code binary}. */
    static Browser launch(Playwright playwright, Path binary) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(binary)
                        .setArgs(ARGS)
                        .setHeadless(true));
    }
}
