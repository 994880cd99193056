package org.fanfold.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Full-page screenshots, numbered in the order taken, under {@code target/screenshots/}. */
final class Screenshots {

    static final Path DIR = Path.of("target", "screenshots");

    private int taken;

    Screenshots() {
        try {
            Files.createDirectories(DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + DIR.toAbsolutePath(), e);
        }
    }

    /** Saves {@code page} as {@code NN-name.png}. */
    Path take(Page page, String name) {
        Path file = DIR.resolve(String.format("%02d-%s.png", ++taken, name));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Saves just {@code element} as {@code NN-name.png}: for a long page, the part that matters. */
    Path take(Locator element, String name) {
        Path file = DIR.resolve(String.format("%02d-%s.png", ++taken, name));
        element.screenshot(new Locator.ScreenshotOptions().setPath(file));
        return file;
    }
}
