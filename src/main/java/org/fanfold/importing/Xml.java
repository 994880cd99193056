package org.fanfold.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parsing the XML and XHTML inside an EPUB leniently: jsoup's XML parser (which never resolves external entities
 * and tolerates broken markup) with element names reduced to their local part, so {@code opf:item} and
 * {@code item} read the same. The encoding comes from the byte-order mark or the XML declaration, UTF-8
 * otherwise.
 */
final class Xml {

    private Xml() {}

    /** Parses XML; element names lose their prefixes ({@code dc:title} becomes {@code title}). */
    static Document parse(byte[] content) {
        return localNames(Markup.compact(parse(content, Parser.xmlParser().setTrackPosition(true))));
    }

    /**
     * Parses an XHTML or HTML document of the spine: XHTML as XML (so {@code <div/>} is empty, as XML means,
     * rather than opening a block), HTML as HTML.
     */
    static Document parseDocument(byte[] content, boolean xhtml) {
        Document doc = xhtml
                ? localNames(parse(content, Parser.xmlParser().setTrackPosition(true)))
                : parse(content, Parser.htmlParser().setTrackPosition(true));
        return Markup.compact(doc);
    }

    private static Document parse(byte[] content, Parser parser) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(content), null, "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document localNames(Document doc) {
        for (Element e : doc.getAllElements()) {
            String name = e.tagName();
            int colon = name.indexOf(':');
            if (colon >= 0 && colon < name.length() - 1) e.tagName(name.substring(colon + 1));
        }
        return doc;
    }

    /** Decodes the %XX escapes of a URL path as UTF-8 ("Chapter%201.xhtml" is "Chapter 1.xhtml"); '+' stays. */
    static String decodePath(String path) {
        if (path.indexOf('%') < 0) return path;
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                out.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * Resolves {@code href} (relative, maybe with a fragment) against the folder of {@code base}, as a path inside
     * the archive; "" when it leaves the archive or points outside it (an absolute URL).
     */
    static String resolve(String base, String href) {
        String h = href.strip();
        int hash = h.indexOf('#');
        if (hash >= 0) h = h.substring(0, hash);
        int query = h.indexOf('?');
        if (query >= 0) h = h.substring(0, query);
        if (h.isEmpty()) return base;
        if (h.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) return "";
        h = decodePath(h);
        var parts = new java.util.ArrayDeque<String>();
        if (!h.startsWith("/")) {
            int slash = base.lastIndexOf('/');
            if (slash >= 0) for (String p : base.substring(0, slash).split("/")) if (!p.isEmpty()) parts.addLast(p);
        }
        for (String p : h.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return "";
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
