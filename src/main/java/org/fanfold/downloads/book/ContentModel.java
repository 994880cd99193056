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
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Containers whose children have their own roles: inline formatting goes inside each child, not around it. */
    private static final Set<String> STRUCTURAL =
            Set.of("ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "colgroup", "details", "figure");

    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");

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
            case "ul", "ol" -> fixList(el);
            case "dl" -> fixDefinitionList(el);
            case "table" -> fixTable(el);
            case "details" -> fixDetails(el);
            case "figure" -> fixFigure(el);
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

    private static void rename(Element e, String tag, String asClass) {
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

    private static void fixList(Element list) {
        Element pending = null;
        for (Node n : new ArrayList<>(list.childNodes())) {
            if (n instanceof TextNode t && t.isBlank()) continue;
            if (n instanceof Element e) {
                String name = e.normalName();
                if (name.equals("li")) {
                    pending = null;
                    continue;
                }
                if (name.equals("br")) {
                    e.remove();
                    continue;
                }
                Element previous = e.previousElementSibling();
                if (pending == null
                        && (name.equals("ul") || name.equals("ol"))
                        && previous != null
                        && previous.normalName().equals("li")) {
                    previous.appendChild(e);
                    continue;
                }
            }
            if (pending == null) {
                pending = new Element("li");
                n.before(pending);
            }
            pending.appendChild(n);
        }
    }

    private static void fixDefinitionList(Element dl) {
        for (Element c : new ArrayList<>(dl.children())) if (c.normalName().equals("br")) c.remove();
        if (validGroups(dl, false)) return;
        rename(dl, "div", "dl");
        for (Element c : dl.children()) {
            if (c.normalName().equals("div"))
                for (Element g : c.children()) {
                    if (g.normalName().equals("dt") || g.normalName().equals("dd")) rename(g, "div", g.normalName());
                }
            else if (c.normalName().equals("dt") || c.normalName().equals("dd")) rename(c, "div", c.normalName());
        }
    }

    /** Whether the children are {@code (dt+ dd+)+} (or, at the top, divisions each holding one such group). */
    private static boolean validGroups(Element el, boolean inGroup) {
        int state = 0; // 0: start, 1: after dt, 2: after dd
        boolean divs = false;
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t) {
                if (t.isBlank()) continue;
                return false;
            }
            if (!(n instanceof Element e)) continue;
            switch (e.normalName()) {
                case "dt" -> {
                    if (divs) return false;
                    state = 1;
                }
                case "dd" -> {
                    if (state == 0 || divs) return false;
                    state = 2;
                }
                case "div" -> {
                    if (inGroup || state != 0 || !validGroups(e, true)) return false;
                    divs = true;
                }
                default -> {
                    return false;
                }
            }
        }
        return inGroup ? state == 2 : state != 1;
    }

    private static void fixTable(Element table) {
        List<Element> captions = new ArrayList<>();
        List<Element> colgroups = new ArrayList<>();
        List<Element> heads = new ArrayList<>();
        List<Element> feet = new ArrayList<>();
        for (Element c : table.children()) {
            switch (c.normalName()) {
                case "caption" -> captions.add(c);
                case "colgroup" -> colgroups.add(c);
                case "thead" -> heads.add(c);
                case "tfoot" -> feet.add(c);
                default -> {}
            }
        }
        for (Element extra : captions.subList(Math.min(1, captions.size()), captions.size())) {
            rename(extra, "div", "caption");
            table.before(extra);
        }
        for (Element extra : heads.subList(Math.min(1, heads.size()), heads.size())) extra.tagName("tbody");
        for (Element extra : feet.subList(Math.min(1, feet.size()), feet.size())) extra.tagName("tbody");
        if (!heads.isEmpty()) table.prependChild(heads.getFirst());
        for (int i = colgroups.size() - 1; i >= 0; i--) table.prependChild(colgroups.get(i));
        if (!captions.isEmpty()) table.prependChild(captions.getFirst());
        if (!feet.isEmpty()) table.appendChild(feet.getFirst());
    }

    private static void fixDetails(Element details) {
        Element summary = null;
        for (Element c : new ArrayList<>(details.children())) {
            if (!c.normalName().equals("summary")) continue;
            if (summary == null) summary = c;
            else rename(c, "div", "summary");
        }
        if (summary == null) {
            summary = new Element("summary").text("Details");
        }
        details.prependChild(summary);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element c : new ArrayList<>(summary.children())) {
                String name = c.normalName();
                if (PHRASING.contains(name) || HEADINGS.contains(name)) continue;
                if (VOID.contains(name)) c.remove();
                else c.unwrap();
                changed = true;
            }
        }
    }

    private static void fixFigure(Element figure) {
        List<Element> captions = new ArrayList<>();
        for (Element c : figure.children()) if (c.normalName().equals("figcaption")) captions.add(c);
        if (captions.isEmpty()) return;
        for (Element extra : captions.subList(1, captions.size())) rename(extra, "div", "figcaption");
        Element caption = captions.getFirst();
        if (caption != figure.firstElementChild() && caption != figure.lastElementChild()) figure.appendChild(caption);
    }
}
