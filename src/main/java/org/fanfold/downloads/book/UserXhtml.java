package org.fanfold.downloads.book;

import java.net.URI;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Turns one field of sanitized user HTML (a chapter's text, a summary, notes) into an element tree that serializes
 * as well-formed, valid XHTML: elements HTML5 dropped become their modern forms ({@code center} a division with
 * class {@code center}, {@code strike} {@code s}, {@code tt} a span), presentational attributes become classes,
 * attribute values that would not validate are dropped, links become absolute (fragment links stay for
 * {@link Anchors}), and the content models are repaired ({@link ContentModel}). Thread-safe.
 */
final class UserXhtml {

    /** What happens to images: kept (HTML), or replaced by a link to them (EPUB and PDF fetch nothing remote). */
    enum Images {
        KEEP,
        AS_LINKS
    }

    private static final Set<String> ALIGNS = Set.of("left", "right", "center", "justify");
    private static final Set<String> DIRS = Set.of("ltr", "rtl", "auto");
    private static final Set<String> LIST_TYPES = Set.of("1", "a", "A", "i", "I");

    private UserXhtml() {}

    /**
     * The field's content as the children of a container element (serialize with {@code html()}), owned by a
     * document set for XHTML output.
     *
     * @param base the work's absolute address, against which relative links resolve
     */
    static Element parse(String html, URI base, Images images) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        Element body = doc.body();
        for (Element e : body.getAllElements()) {
            if (e != body) normalize(e, base, images);
        }
        ContentModel.fix(body);
        return body;
    }

    private static void normalize(Element e, URI base, Images images) {
        switch (e.normalName()) {
            case "center" -> e.tagName("div").addClass("center");
            case "big" -> e.tagName("span").addClass("big");
            case "tt" -> e.tagName("span").addClass("tt");
            case "strike" -> e.tagName("s");
            case "acronym" -> e.tagName("abbr");
            default -> {}
        }
        for (Attribute a : new ArrayList<>(e.attributes().asList())) {
            String key = a.getKey();
            String value = a.getValue().strip();
            switch (key) {
                case "align" -> {
                    e.removeAttr(key);
                    String align = value.toLowerCase(Locale.ROOT);
                    if (ALIGNS.contains(align)) e.addClass("align-" + align);
                }
                case "dir" -> {
                    String dir = value.toLowerCase(Locale.ROOT);
                    set(e, key, DIRS.contains(dir) ? dir : null);
                }
                case "lang" -> set(e, key, Links.languageTag(value));
                case "class" -> set(e, key, value.isEmpty() ? null : value.replaceAll("\\s+", " "));
                case "title", "rel", "name", "alt" -> {}
                case "href", "cite", "src" -> {
                    String url = Links.resolve(value, base);
                    set(e, key, url);
                    if (url == null && key.equals("href")) e.removeAttr("rel");
                }
                case "colspan" -> set(e, key, Links.intBetween(value, 1, 1000) ? value : null);
                case "rowspan" -> set(e, key, Links.intBetween(value, 0, 65534) ? value : null);
                case "width", "height" -> set(e, key, Links.intBetween(value, 0, 100_000) ? value : null);
                case "start" -> set(e, key, Links.intBetween(value, -1_000_000, 1_000_000) ? value : null);
                case "type" -> set(e, key, e.normalName().equals("ol") && LIST_TYPES.contains(value) ? value : null);
                default -> e.removeAttr(key);
            }
        }
        if (e.normalName().equals("img") && images == Images.AS_LINKS) imageAsLink(e);
    }

    /** Sets the attribute to {@code value}, or removes it when there is no valid value. */
    private static void set(Element e, String key, @Nullable String value) {
        if (value != null) e.attr(key, value);
        else e.removeAttr(key);
    }

    /** "[Image: alt]" linking to the image, or plain text inside another link. */
    private static void imageAsLink(Element img) {
        String alt = img.attr("alt").strip();
        String label = alt.isEmpty() ? "[Image]" : "[Image: " + alt + "]";
        boolean insideLink = img.parents().stream().anyMatch(p -> p.normalName().equals("a"));
        Element replacement;
        if (img.hasAttr("src") && !insideLink) {
            replacement = new Element("a").attr("href", img.attr("src")).addClass("image");
        } else {
            replacement = new Element("span").addClass("image");
        }
        replacement.text(label);
        img.replaceWith(replacement);
    }
}
