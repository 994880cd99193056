package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.downloads.DownloadLinks;
import org.fanfold.shared.Formats;
import org.fanfold.works.WorkView;
import org.jdom2.Element;
import org.springframework.stereotype.Component;

/**
 * OPDS catalog entries for works: the Atom entry's id, title, authors, categories and dates, the summary as plain
 * text (OPDS summaries hold no markup) with the full description as HTML content, {@code dc:language} and
 * {@code dc:issued} (the day it was first posted), and acquisition links to the work's EPUB, PDF and HTML
 * downloads. While downloads are switched off, the work's full text on its page is the one acquisition, so every
 * entry stays acquirable as OPDS requires.
 */
@Component
class OpdsEntries {

    private final DownloadLinks downloads;

    OpdsEntries(DownloadLinks downloads) {
        this.downloads = downloads;
    }

    List<Entry> of(List<WorkView> works, String base) {
        return works.stream().map(w -> of(w, base)).toList();
    }

    Entry of(WorkView view, String base) {
        Entry entry = WorkEntries.common(view, base);
        String summary = WorkDescription.summaryText(view);
        if (!summary.isEmpty()) entry.setSummary(WorkEntries.content(Content.TEXT, summary));
        entry.setContents(
                new ArrayList<>(List.of(WorkEntries.content(Content.HTML, WorkDescription.html(view, base)))));
        List<Link> acquisitions = new ArrayList<>();
        for (DownloadLinks.Link d : downloads.of(view.work())) {
            acquisitions.add(WorkEntries.link(Opds.ACQUIRE, d.mediaType(), base + d.path(), d.label()));
        }
        if (acquisitions.isEmpty()) {
            acquisitions.add(WorkEntries.link(
                    Opds.ACQUIRE, "text/html", base + view.work().url() + "?view_full_work=true", "Entire work"));
        }
        entry.setOtherLinks(acquisitions);
        List<Element> dc = new ArrayList<>();
        dc.add(new Element("language", Opds.DC).setText(Xml.text(view.work().language())));
        Long published = view.work().publishedAt();
        if (published != null) dc.add(new Element("issued", Opds.DC).setText(Formats.utcDate(published)));
        entry.setForeignMarkup(dc);
        return entry;
    }
}
