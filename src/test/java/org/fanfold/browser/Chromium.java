package org.fanfold.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

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

    /**
     * The Chromium binary; without one, fails the test on CI ({@code CI=true}) and skips it with the reason
     * elsewhere, so a developer without Chromium still gets a green build but sees why these tests did not run.
     */
    static Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) return found.get();
        String message = "Chromium not found (looked for "
                + (System.getenv("FANFOLD_CHROMIUM") != null ? System.getenv("FANFOLD_CHROMIUM") : CANDIDATES)
                + "); install it with `apt-get install chromium` to run the browser tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(message + " (CI=true, so this is a failure)");
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
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
