package org.fanfold.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading feeds back in tests: with ROME (generic and Atom-specific), and as namespaced XML. */
final class FeedXml {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedXml() {}

    static SyndFeed synd(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
    }

    static Feed atom(byte[] xml) throws Exception {
        return (Feed)
                new WireFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
    }

    /** Parses the document (failing when it is not well-formed XML). */
    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The element children of {@code parent} called {@code name} in {@code namespace}. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? "" : found.getFirst().getTextContent();
    }

    /**
     * Checks what RFC 4287 requires of a feed document: a feed with exactly one id, title and updated, and an
     * author unless every entry has one; each entry with exactly one id, title and updated, and an author.
     */
    static void assertValidAtom(byte[] xml) throws Exception {
        Element feed = dom(xml).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(feed, ATOM, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(text(feed, ATOM, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        boolean feedAuthor = !children(feed, ATOM, "author").isEmpty();
        for (Element entry : children(feed, ATOM, "entry")) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, ATOM, required))
                        .as("entry/" + required)
                        .hasSize(1);
            }
            if (!feedAuthor)
                assertThat(children(entry, ATOM, "author")).as("entry/author").isNotEmpty();
            for (Element author : children(entry, ATOM, "author")) {
                assertThat(text(author, ATOM, "name")).isNotBlank();
            }
            if (children(entry, ATOM, "content").isEmpty()) {
                assertThat(children(entry, ATOM, "link").stream().map(l -> l.getAttribute("rel")))
                        .as("an entry without content links to its alternate")
                        .contains("alternate");
            }
        }
    }
}
