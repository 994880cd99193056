package org.fanfold.downloads.book;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@link ContentModel}'s repairs of elements whose children have fixed roles: lists hold list items, definition
 * lists {@code (dt+ dd+)+}, tables their parts in order, {@code details} a {@code summary} first, {@code figure}
 * its caption first or last.
 */
final class Containers {

    private Containers() {}

    static void list(Element list) {
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

    static void definitionList(Element dl) {
        for (Element c : new ArrayList<>(dl.children())) if (c.normalName().equals("br")) c.remove();
        if (validGroups(dl, false)) return;
        ContentModel.rename(dl, "div", "dl");
        for (Element c : dl.children()) {
            if (c.normalName().equals("div"))
                for (Element g : c.children()) {
                    if (g.normalName().equals("dt") || g.normalName().equals("dd"))
                        ContentModel.rename(g, "div", g.normalName());
                }
            else if (c.normalName().equals("dt") || c.normalName().equals("dd"))
                ContentModel.rename(c, "div", c.normalName());
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

    static void table(Element table) {
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
            ContentModel.rename(extra, "div", "caption");
            table.before(extra);
        }
        for (Element extra : heads.subList(Math.min(1, heads.size()), heads.size())) extra.tagName("tbody");
        for (Element extra : feet.subList(Math.min(1, feet.size()), feet.size())) extra.tagName("tbody");
        if (!heads.isEmpty()) table.prependChild(heads.getFirst());
        for (int i = colgroups.size() - 1; i >= 0; i--) table.prependChild(colgroups.get(i));
        if (!captions.isEmpty()) table.prependChild(captions.getFirst());
        if (!feet.isEmpty()) table.appendChild(feet.getFirst());
    }

    static void details(Element details) {
        Element summary = null;
        for (Element c : new ArrayList<>(details.children())) {
            if (!c.normalName().equals("summary")) continue;
            if (summary == null) summary = c;
            else ContentModel.rename(c, "div", "summary");
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
                if (ContentModel.PHRASING.contains(name) || ContentModel.HEADINGS.contains(name)) continue;
                if (ContentModel.VOID.contains(name)) c.remove();
                else c.unwrap();
                changed = true;
            }
        }
    }

    static void figure(Element figure) {
        List<Element> captions = new ArrayList<>();
        for (Element c : figure.children()) if (c.normalName().equals("figcaption")) captions.add(c);
        if (captions.isEmpty()) return;
        for (Element extra : captions.subList(1, captions.size())) ContentModel.rename(extra, "div", "figcaption");
        Element caption = captions.getFirst();
        if (caption != figure.firstElementChild() && caption != figure.lastElementChild()) figure.appendChild(caption);
    }
}
