package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * Atom entries for works: id, title, creators as authors, the tags as categories, published and updated dates and
 * the link to the work's page, with absolute URLs under the archive's address. The id is the work's address, which
 * never changes while the archive keeps its address.
 */
final class WorkEntries {

    private WorkEntries() {}

    /** An entry of an Atom feed: the description as HTML in the summary, as AO3's feeds have it. */
    static Entry atom(WorkView view, String base) {
        Entry entry = common(view, base);
        entry.setSummary(content(Content.HTML, WorkDescription.html(view, base)));
        return entry;
    }

    /** What every entry has: id, title, authors, categories, dates and the alternate link. */
    static Entry common(WorkView view, String base) {
        String url = base + view.work().url();
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(Xml.text(view.work().title()));
        List<SyndPerson> authors = new ArrayList<>();
        for (Creators.Creator c : Creators.of(view)) {
            Person p = new Person();
            p.setName(Xml.text(c.name()));
            if (c.path() != null) p.setUri(base + c.path());
            authors.add(p);
        }
        entry.setAuthors(authors);
        entry.setCategories(categories(view, base));
        Long published = view.work().publishedAt();
        if (published != null) entry.setPublished(new Date(published));
        entry.setUpdated(new Date(view.work().updatedAt()));
        entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", url, null))));
        return entry;
    }

    /**
     * The work's tags in AO3's order, each a category whose term and label are the tag's name and whose scheme
     * names its type ({@code https://archive.example.org/tag_types/Fandom}).
     */
    static List<Category> categories(WorkView view, String base) {
        List<Category> out = new ArrayList<>();
        for (TagType type : WorkDescription.TYPES) {
            for (Tag t : view.tags(type)) {
                Category c = new Category();
                c.setTerm(Xml.text(t.name()));
                c.setLabel(Xml.text(t.name()));
                c.setScheme(scheme(base, type));
                out.add(c);
            }
        }
        return out;
    }

    static String scheme(String base, TagType type) {
        return base + "/tag_types/" + type.dbName();
    }

    static Link link(String rel, String type, String href, @Nullable String title) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        if (title != null) link.setTitle(Xml.text(title));
        return link;
    }

    static Content content(String type, String value) {
        Content c = new Content();
        c.setType(type);
        c.setValue(value);
        return c;
    }
}
