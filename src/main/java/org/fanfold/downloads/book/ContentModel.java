package org.fanfold.downloads.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts sanitized user HTML into HTML's content models, so that it validates as XHTML inside an EPUB. Browsers
 * forgive what authors write ({@code <em><p>…</p></em>}, text straight inside {@code <ul>}, a {@code <dd>} before
 * any {@code <dt>}); EPUB checkers and some readers do not. The fixes keep every word and as much of the formatting
 * as the model allows:
 *
 * <ul>
 *   <li>an inline element around blocks is pushed down into them ({@code <p><em>…</em></p>}), a paragraph or
 *       heading holding a block is split around it;
 *   <li>stray content in a list goes into a list item, list items outside a list into a new list;
 *   <li>a definition list that is not {@code (dt+ dd+)+} becomes divisions with the same classes;
 *   <li>a table's caption, column groups, head and foot move to where the model wants them;
 *   <li>{@code details} gets its {@code summary} first, {@code figure} its caption first or last.
 * </ul>
 *
 * Works bottom-up on one fragment in place. Not thread-safe per fragment; stateless otherwise.
 */
final class ContentModel {

    static final Set<String> PHRASING = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd",
            "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr");

    private static final Set<String> PHRASING_HOLDERS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Containers whose children have their own roles: inline formatting goes inside each child, not around it. */
    private static final Set<String> STRUCTURAL =
            Set.of("ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "colgroup", "details", "figure");

    static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");

    private ContentModel() {}

    /** Fixes {@code root}'s descendants; {@code root} itself is a flow container (a division or the body). */
    static void fix(Element root) {
        for (Element child : new ArrayList<>(root.children())) fixTree(child);
        fixOrphans(root);
    }

    private static void fixTree(Element el) {
        for (Element child : new ArrayList<>(el.children())) fixTree(child);
        fixOrphans(el);
        switch (el.normalName()) {
            case "ul", "ol" -> Containers.list(el);
            case "dl" -> Containers.definitionList(el);
            case "table" -> Containers.table(el);
            case "details" -> Containers.details(el);
            case "figure" -> Containers.figure(el);
            default -> {}
        }
        if (!hasBlockChild(el)) return;
        if (PHRASING.contains(el.normalName())) distribute(el);
        else if (PHRASING_HOLDERS.contains(el.normalName())) split(el);
    }

    static boolean isBlock(Node n) {
        return n instanceof Element e && !PHRASING.contains(e.normalName());
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) if (isBlock(c)) return true;
        return false;
    }

    /** Children that only belong inside a particular parent, found elsewhere. */
    private static void fixOrphans(Element parent) {
        String p = parent.normalName();
        boolean inDl = p.equals("dl")
                || (p.equals("div")
                        && parent.parent() != null
                        && parent.parent().normalName().equals("dl"));
        Element group = null;
        for (Node n : new ArrayList<>(parent.childNodes())) {
            if (!(n instanceof Element e)) {
                if (group != null && n instanceof TextNode t && t.isBlank()) group.appendChild(n);
                else group = null;
                continue;
            }
            String name = e.normalName();
            if (name.equals("li") && !p.equals("ul") && !p.equals("ol")) {
                if (group == null) {
                    group = new Element("ul");
                    e.before(group);
                }
                group.appendChild(e);
                continue;
            }
            group = null;
            if ((name.equals("dt") || name.equals("dd")) && !inDl) rename(e, "div", name);
            else if (name.equals("summary") && !p.equals("details")) rename(e, "div", "summary");
            else if (name.equals("figcaption") && !p.equals("figure")) rename(e, "div", "figcaption");
            else if ((name.equals("rt") || name.equals("rp")) && !p.equals("ruby")) rename(e, "span", name);
        }
    }

    static void rename(Element e, String tag, String asClass) {
        e.tagName(tag);
        e.addClass(asClass);
    }

    /** An inline element around blocks: wraps the inline runs in copies of it and pushes copies into the blocks. */
    private static void distribute(Element inline) {
        List<Node> replacement = new ArrayList<>();
        Element run = null;
        boolean first = true;
        for (Node n : new ArrayList<>(inline.childNodes())) {
            if (isBlock(n)) {
                run = null;
                pushInto((Element) n, inline);
                replacement.add(n);
            } else if (run == null && n instanceof TextNode t && t.isBlank()) {
                replacement.add(n);
            } else {
                if (run == null) {
                    run = copy(inline, first);
                    first = false;
                    replacement.add(run);
                }
                run.appendChild(n);
            }
        }
        for (Node r : replacement) inline.before(r);
        inline.remove();
    }

    private static void pushInto(Element block, Element inline) {
        String name = block.normalName();
        if (VOID.contains(name)) return;
        if (STRUCTURAL.contains(name)) {
            for (Element c : new ArrayList<>(block.children())) pushInto(c, inline);
            return;
        }
        if (block.childNodes().isEmpty()) return;
        Element wrapper = copy(inline, false);
        for (Node n : new ArrayList<>(block.childNodes())) wrapper.appendChild(n);
        block.appendChild(wrapper);
        if (hasBlockChild(wrapper)) distribute(wrapper);
    }

    /** A paragraph, heading or preformatted block holding blocks: split into pieces around them. */
    private static void split(Element holder) {
        List<Node> replacement = new ArrayList<>();
        Element run = null;
        boolean first = true;
        for (Node n : new ArrayList<>(holder.childNodes())) {
            if (isBlock(n)) {
                run = null;
                replacement.add(n);
            } else if (run == null && n instanceof TextNode t && t.isBlank()) {
                replacement.add(n);
            } else {
                if (run == null) {
                    run = copy(holder, first);
                    first = false;
                    replacement.add(run);
                }
                run.appendChild(n);
            }
        }
        for (Node r : replacement) holder.before(r);
        holder.remove();
    }

    /** A copy without children; only the first copy keeps the element's anchor. */
    private static Element copy(Element el, boolean keepAnchor) {
        Element c = el.shallowClone();
        if (!keepAnchor) {
            c.removeAttr("id");
            c.removeAttr("name");
        }
        return c;
    }
}
