package org.fanfold.downloads.book;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * In-text anchors and the links to them, across a whole book. Authors mark footnotes AO3's way, with
 * {@code <a name="fn1">} targets and {@code <a href="#fn1">} links (the sanitizer allows no {@code id}). Here each
 * name becomes an id unique in the book, prefixed by its part ({@code u3-fn1} in the third part), and each
 * fragment link points at it: in the same part first (authors restart their numbering every chapter), else in
 * the first part that has it, in another file when the book is split into files (EPUB). A link to a name that
 * exists nowhere keeps its text and loses its target, so no reader meets a dead link.
 *
 * <p>For EPUB, a short marker link ("1", "[2]", "*", "†") to a target later in the same part is a footnote
 * reference: it gets {@code epub:type="noteref"}, and the block holding the target {@code epub:type="footnote"},
 * so readers can show the note in a pop-up. Back links ("return to text") point backwards and stay plain links.
 */
final class Anchors {

    /** One field's content ({@link UserXhtml#parse}) and the part of the book it belongs to. */
    record Fragment(int part, Element root) {}

    private record Target(int part, String id, Element element) {}

    private static final Pattern MARKER = Pattern.compile("\\[?\\(?(\\d{1,3}|[a-z]|\\*{1,3}|[†‡§¶]{1,2})\\)?]?");

    private static final Set<String> NOTE_BLOCKS = Set.of("p", "li", "div", "dd", "blockquote", "aside");

    private Anchors() {}

    /**
     * Gives every anchor an id and points every fragment link at one.
     *
     * @param fileOfPart for a book split into files, the file name of each part; null for one document
     * @param markFootnotes whether to add EPUB's footnote semantics
     */
    static void link(List<Fragment> fragments, @Nullable IntFunction<String> fileOfPart, boolean markFootnotes) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        Map<Integer, Map<String, Target>> byPart = new HashMap<>();
        Map<String, Target> anywhere = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Fragment f : fragments) {
            for (Element e : f.root().getAllElements()) {
                order.put(e, order.size());
                if (!e.hasAttr("name")) continue;
                String name = e.attr("name");
                e.removeAttr("name");
                if (name.isBlank()) continue;
                String id = unique("u" + f.part() + "-" + xmlName(name), used);
                e.attr("id", id);
                Target t = new Target(f.part(), id, e);
                byPart.computeIfAbsent(f.part(), k -> new HashMap<>()).putIfAbsent(name, t);
                anywhere.putIfAbsent(name, t);
            }
        }
        for (Fragment f : fragments) {
            for (Element a : f.root().select("a[href^=#]")) {
                String name = Links.decodeFragment(a.attr("href").substring(1));
                Target t = byPart.getOrDefault(f.part(), Map.of()).get(name);
                if (t == null) t = anywhere.get(name);
                if (t == null) {
                    a.removeAttr("href");
                    a.removeAttr("rel");
                    continue;
                }
                boolean samePart = t.part() == f.part();
                String file = fileOfPart == null || samePart ? "" : fileOfPart.apply(t.part());
                a.attr("href", file + "#" + t.id());
                a.removeAttr("rel");
                if (markFootnotes && samePart && order.get(t.element()) > order.get(a)) markFootnote(a, t.element());
            }
        }
    }

    private static void markFootnote(Element link, Element target) {
        if (!MARKER.matcher(link.text().strip()).matches()) return;
        Element block = target;
        for (Element p = target.parent(); p != null && p.parent() != null; p = p.parent()) {
            if (NOTE_BLOCKS.contains(p.normalName())) {
                block = p;
                break;
            }
        }
        if (block.getAllElements().contains(link)) return;
        link.attr("epub:type", "noteref");
        block.attr("epub:type", "footnote");
    }

    /** An XML name: letters, digits, '-', '_', '.' kept; anything else becomes '_'. */
    private static String xmlName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .forEach(c -> out.appendCodePoint(
                        Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
        return out.toString();
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }
}
