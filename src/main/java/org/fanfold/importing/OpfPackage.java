package org.fanfold.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB's package as a story needs it: {@code META-INF/container.xml} names the package document (OPF), whose
 * metadata gives title, creators, language, subjects, description, date, source and series; its spine gives the
 * reading order; its navigation document (EPUB 3) or NCX (EPUB 2) gives the chapter titles; its guide (EPUB 2)
 * names the cover, title page and table of contents, which hold no story.
 *
 * @param path the package document's path in the archive
 * @param spine the spine's documents in reading order
 * @param titles each document's title in the table of contents, by path (the first entry for it)
 * @param notStory documents the guide names as cover, title page or table of contents
 */
record OpfPackage(
        String path, Metadata metadata, List<SpineItem> spine, Map<String, String> titles, Set<String> notStory) {

    /** The package's metadata; "" or empty where it gives none. */
    record Metadata(
            String title,
            List<String> creators,
            String language,
            List<String> subjects,
            String description,
            String date,
            String source,
            String publisher,
            String series,
            String seriesIndex) {}

    /**
     * One document of the spine.
     *
     * @param path its path in the archive
     * @param xhtml whether it is XHTML (parsed as XML) rather than HTML
     * @param linear false for documents the spine marks {@code linear="no"} (notes, covers read out of order)
     * @param nav whether it is the EPUB 3 navigation document
     */
    record SpineItem(String path, boolean xhtml, boolean linear, boolean nav) {}

    private record Item(String path, String mediaType, String properties) {}

    /** Reads the package of {@code archive}; an {@link ImportException} says what is missing or broken. */
    static OpfPackage read(EpubReader.Archive archive) {
        byte[] container = archive.file("META-INF/container.xml");
        if (container == null) throw new ImportException("not an EPUB: it has no META-INF/container.xml", "");
        String opfPath = "";
        for (Element rootfile : Xml.parse(container).select("rootfile[full-path]")) {
            String type = rootfile.attr("media-type");
            if (type.isEmpty() || type.equals("application/oebps-package+xml")) {
                opfPath = Xml.resolve("", rootfile.attr("full-path"));
                break;
            }
        }
        if (opfPath.isEmpty()) {
            throw new ImportException("the EPUB names no package document (OPF)", "META-INF/container.xml");
        }
        byte[] opfBytes = archive.file(opfPath);
        if (opfBytes == null) {
            throw new ImportException("the EPUB's package document " + opfPath + " is missing", "");
        }
        Document opf = Xml.parse(opfBytes);
        Element pkg = opf.selectFirst("package");
        if (pkg == null) throw new ImportException("the package document is not an OPF package", opfPath);

        Map<String, Item> manifest = new HashMap<>();
        for (Element item : pkg.select("manifest > item[id][href]")) {
            manifest.put(
                    item.attr("id"),
                    new Item(
                            Xml.resolve(opfPath, item.attr("href")),
                            item.attr("media-type").strip().toLowerCase(Locale.ROOT),
                            item.attr("properties")));
        }
        Element spineElement = pkg.selectFirst("spine");
        List<SpineItem> spine = new ArrayList<>();
        if (spineElement != null) {
            for (Element ref : spineElement.select("itemref")) {
                Item item = manifest.get(ref.attr("idref"));
                if (item == null || item.path().isEmpty()) {
                    throw new ImportException(
                            "the spine names item \"" + ref.attr("idref") + "\", which the manifest lacks", opfPath);
                }
                spine.add(new SpineItem(
                        item.path(),
                        !item.mediaType().equals("text/html"),
                        !ref.attr("linear").strip().equalsIgnoreCase("no"),
                        words(item.properties()).contains("nav")));
            }
        }
        if (spine.isEmpty()) throw new ImportException("the EPUB's spine lists no documents", opfPath);

        Map<String, String> titles = new LinkedHashMap<>();
        Item nav = manifest.values().stream()
                .filter(i -> words(i.properties()).contains("nav"))
                .findFirst()
                .orElse(null);
        if (nav != null && archive.file(nav.path()) != null) navTitles(nav.path(), archive.file(nav.path()), titles);
        if (titles.isEmpty()) {
            Item ncx = spineElement == null ? null : manifest.get(spineElement.attr("toc"));
            if (ncx == null) {
                ncx = manifest.values().stream()
                        .filter(i -> i.mediaType().equals("application/x-dtbncx+xml"))
                        .findFirst()
                        .orElse(null);
            }
            if (ncx != null && archive.file(ncx.path()) != null) {
                ncxTitles(ncx.path(), archive.file(ncx.path()), titles);
            }
        }
        Set<String> notStory = new HashSet<>();
        for (Element ref : pkg.select("guide > reference[href]")) {
            String type = ref.attr("type").strip().toLowerCase(Locale.ROOT);
            if (type.equals("cover") || type.equals("title-page") || type.equals("toc")) {
                notStory.add(Xml.resolve(opfPath, ref.attr("href")));
            }
        }
        return new OpfPackage(opfPath, metadata(pkg), List.copyOf(spine), titles, notStory);
    }

    private static Metadata metadata(Element pkg) {
        Element m = pkg.selectFirst("metadata");
        if (m == null) m = new Element("metadata");
        Set<String> nonAuthors = new HashSet<>();
        for (Element meta : m.select("meta[refines][property=role]")) {
            if (!meta.text().strip().equalsIgnoreCase("aut"))
                nonAuthors.add(meta.attr("refines").replace("#", ""));
        }
        List<String> creators = new ArrayList<>();
        for (Element c : m.select("creator")) {
            String role = c.attr("opf:role").isEmpty() ? c.attr("role") : c.attr("opf:role");
            if (!role.isEmpty() && !role.equalsIgnoreCase("aut")) continue;
            if (!c.id().isEmpty() && nonAuthors.contains(c.id())) continue;
            String name = Markup.text(c);
            if (!name.isEmpty() && !creators.contains(name)) creators.add(name);
        }
        List<String> subjects = new ArrayList<>();
        for (Element s : m.select("subject")) {
            String subject = Markup.text(s);
            if (!subject.isEmpty()) subjects.add(subject);
        }
        String series = first(m, "meta[name=calibre:series]", "content");
        String index = first(m, "meta[name=calibre:series_index]", "content");
        Element collection = m.selectFirst("meta[property=belongs-to-collection]");
        if (series.isEmpty() && collection != null) {
            series = Markup.text(collection);
            for (Element meta : m.select("meta[refines][property=group-position]")) {
                if (!collection.id().isEmpty() && meta.attr("refines").equals("#" + collection.id())) {
                    index = Markup.text(meta);
                }
            }
        }
        return new Metadata(
                text(m, "title"),
                List.copyOf(creators),
                text(m, "language"),
                List.copyOf(subjects),
                m.selectFirst("description") == null
                        ? ""
                        : m.selectFirst("description").text().strip(),
                date(m),
                text(m, "source"),
                text(m, "publisher"),
                series,
                index);
    }

    /** The publication date: an OPF 2 {@code dc:date} marked as publication, else the first one. */
    private static String date(Element m) {
        for (Element d : m.select("date")) {
            String event = d.attr("opf:event");
            if (event.equalsIgnoreCase("publication") || event.equalsIgnoreCase("original-publication")) {
                return Markup.text(d);
            }
        }
        return text(m, "date");
    }

    private static String text(Element m, String tag) {
        Element e = m.selectFirst(tag);
        return e == null ? "" : Markup.text(e);
    }

    private static String first(Element m, String query, String attribute) {
        Element e = m.selectFirst(query);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static Set<String> words(String value) {
        return Set.of(value.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** EPUB 3: the {@code nav} with {@code epub:type="toc"} (or the first nav), each link's text by its file. */
    private static void navTitles(String navPath, byte[] content, Map<String, String> titles) {
        Document doc = Xml.parseDocument(content, true);
        Element toc = null;
        for (Element nav : doc.select("nav")) {
            if (words(nav.attr("epub:type")).contains("toc")) {
                toc = nav;
                break;
            }
        }
        if (toc == null) toc = doc.selectFirst("nav");
        if (toc == null) return;
        for (Element a : toc.select("a[href]")) {
            String path = Xml.resolve(navPath, a.attr("href"));
            String label = Markup.text(a);
            if (!path.isEmpty() && !label.isEmpty()) titles.putIfAbsent(path, label);
        }
    }

    /** EPUB 2: each {@code navPoint}'s label by the file its content points to. */
    private static void ncxTitles(String ncxPath, byte[] content, Map<String, String> titles) {
        for (Element point : Xml.parse(content).select("navPoint")) {
            Element label = point.selectFirst("navLabel > text");
            Element src = point.selectFirst("content[src]");
            if (label == null || src == null) continue;
            String path = Xml.resolve(ncxPath, src.attr("src"));
            String text = Markup.text(label);
            if (!path.isEmpty() && !text.isEmpty()) titles.putIfAbsent(path, text);
        }
    }
}
