package org.fanfold.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of story file the importer reads, told apart by their content first and their name second: a zip
 * archive is an EPUB; text that opens like an HTML document, or a file named {@code .html}/{@code .htm}, is an
 * AO3 HTML download; anything else is a plain-text story. A PDF, a Word document or an image is refused at once
 * with what it is, rather than reported as text that is not UTF-8.
 */
enum StoryFormat {
    TEXT("plain text"),
    AO3_HTML("AO3 HTML"),
    EPUB("EPUB");

    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>])");

    private final String label;

    StoryFormat(String label) {
        this.label = label;
    }

    /** How the format is named in messages ("EPUB", "AO3 HTML", "plain text"). */
    String label() {
        return label;
    }

    /** The format of a file, from its first bytes and its name; throws for files no importer reads. */
    static StoryFormat detect(String fileName, byte[] content) {
        if (EpubReader.isZip(content)) return EPUB;
        refuseBinary(content);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".epub")) throw new ImportException("not an EPUB: the file is not a zip archive", "");
        String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        if (!start.isEmpty() && start.charAt(0) == '\uFEFF') start = start.substring(1);
        if (HTML_START.matcher(start).find() || name.endsWith(".html") || name.endsWith(".htm")) return AO3_HTML;
        return TEXT;
    }

    /** Reads a story of this format. */
    ParsedStory parse(String fileName, byte[] content, @Nullable String defaultFandom) {
        return switch (this) {
            case TEXT -> PlainTextParser.parse(fileName, content, defaultFandom);
            case AO3_HTML -> Ao3HtmlParser.parse(fileName, content, defaultFandom);
            case EPUB -> EpubParser.parse(fileName, content, defaultFandom);
        };
    }

    /** Files that are plainly something else, by their magic numbers. */
    private static void refuseBinary(byte[] c) {
        String what = null;
        if (starts(c, "%PDF")) what = "a PDF document";
        else if (starts(c, "\u00D0\u00CF\u0011\u00E0")) what = "an old Word document (.doc)";
        else if (starts(c, "{\\rtf")) what = "an RTF document";
        else if (starts(c, "\u0089PNG") || starts(c, "GIF8") || starts(c, "\u00FF\u00D8\u00FF")) what = "an image";
        else if (starts(c, "\u001F\u008B")) what = "a gzip archive";
        else if (starts(c, "Rar!") || starts(c, "7z\u00BC\u00AF")) what = "a compressed archive";
        if (what != null) {
            throw new ImportException(
                    "this is " + what + "; Fanfold imports plain-text (.txt), AO3 HTML (.html) and EPUB (.epub) files",
                    "");
        }
    }

    private static boolean starts(byte[] content, String magic) {
        if (content.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) {
            if ((content[i] & 0xFF) != magic.charAt(i)) return false;
        }
        return true;
    }
}
