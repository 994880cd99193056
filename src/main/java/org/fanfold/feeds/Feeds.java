package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.fanfold.works.WorkView;

/** The parts every feed has: id, title, updated, the archive as author and generator, and its links. */
final class Feeds {

    private Feeds() {}

    /**
     * A feed whose id is its own address {@code url} (without a page number, so every page is the same feed), with
     * the archive as its author (navigation entries name none) and {@code updated} as its last change.
     */
    static Feed feed(String url, String title, long updated, String base, String siteName) {
        Feed feed = new Feed();
        feed.setId(url);
        feed.setTitle(Xml.text(title));
        feed.setUpdated(new Date(updated));
        Person archive = new Person();
        archive.setName(Xml.text(siteName));
        archive.setUri(base + "/");
        feed.setAuthors(new ArrayList<SyndPerson>(List.of(archive)));
        Generator generator = new Generator();
        generator.setValue("Fanfold");
        feed.setGenerator(generator);
        feed.setAlternateLinks(new ArrayList<>());
        feed.setOtherLinks(new ArrayList<>());
        feed.setEntries(new ArrayList<>());
        return feed;
    }

    /** Adds a link: {@code alternate} ones to the alternate links, every other relation to the other links. */
    static void link(Feed feed, Link link) {
        if ("alternate".equals(link.getRel())) feed.getAlternateLinks().add(link);
        else feed.getOtherLinks().add(link);
    }

    /** The latest change among the works, or {@code otherwise} when there are none. */
    static long updated(List<WorkView> works, long otherwise) {
        return works.stream().mapToLong(w -> w.work().updatedAt()).max().orElse(otherwise);
    }

    static void entries(Feed feed, List<Entry> entries) {
        feed.getEntries().addAll(entries);
    }
}
