package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.util.HtmlUtils;

/** Helpers for parser tests: files from text or test resources, and HTML read back as text. */
final class StoryFiles {

    private StoryFiles() {}

    static ParsedStory parse(String text) {
        return PlainTextParser.parse("story.txt", text.getBytes(UTF_8));
    }

    static ParsedStory parseSample(String name) {
        try (InputStream in = StoryFiles.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) throw new IllegalStateException("no sample " + name);
            return PlainTextParser.parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML with its entities decoded, so tests can look for the words an author wrote. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
