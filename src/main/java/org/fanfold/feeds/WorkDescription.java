package org.fanfold.feeds;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Formats;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/**
 * What a feed entry says about a work besides its title, as AO3's feeds say it: the byline, the summary, words,
 * chapters and language, and the tags by type with links to their works — as HTML for Atom readers, and the
 * summary alone as plain text for OPDS, whose summaries must not hold markup. The summary is the work's sanitized
 * HTML; everything else is escaped here.
 */
final class WorkDescription {

    /** The tag types in the order AO3's feeds list them. */
    static final List<TagType> TYPES = List.of(
            TagType.FANDOM,
            TagType.RATING,
            TagType.ARCHIVE_WARNING,
            TagType.CATEGORY,
            TagType.CHARACTER,
            TagType.RELATIONSHIP,
            TagType.FREEFORM);

    private WorkDescription() {}

    /** The work's description as HTML with absolute links under {@code base}. */
    static String html(WorkView view, String base) {
        StringBuilder html = new StringBuilder("<p>by ");
        List<String> names = new ArrayList<>();
        for (Creators.Creator c : Creators.of(view)) {
            String name = HtmlUtils.htmlEscape(c.name());
            names.add(c.path() == null ? name : "<a href=\"" + base + c.path() + "\">" + name + "</a>");
        }
        html.append(String.join(", ", names)).append("</p>");
        html.append(view.work().summary());
        html.append("<p>Words: ")
                .append(Formats.number(view.work().wordCount()))
                .append(", Chapters: ")
                .append(view.work().chaptersLabel())
                .append(", Language: ")
                .append(HtmlUtils.htmlEscape(view.languageName()))
                .append("</p><ul>");
        for (TagType type : TYPES) {
            List<Tag> tags = view.tags(type);
            if (tags.isEmpty()) continue;
            List<String> links = new ArrayList<>();
            for (Tag t : tags) {
                links.add("<a href=\"" + base + t.worksUrl() + "\">" + HtmlUtils.htmlEscape(t.name()) + "</a>");
            }
            html.append("<li>")
                    .append(label(type))
                    .append(": ")
                    .append(String.join(", ", links))
                    .append("</li>");
        }
        return Xml.text(html.append("</ul>").toString());
    }

    /** The work's summary as plain text, paragraphs and line breaks kept as newlines. */
    static String summaryText(WorkView view) {
        Document doc = Jsoup.parseBodyFragment(view.work().summary());
        doc.outputSettings().prettyPrint(false);
        doc.select("br").after("\\n");
        doc.select("p, div, blockquote, li, h1, h2, h3, h4, h5, h6").before("\\n\\n");
        String text = Jsoup.clean(doc.body().html(), "", Safelist.none(), doc.outputSettings());
        text = Parser.unescapeEntities(text, false).replace("\\n", "\n");
        return Xml.text(text.replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip());
    }

    /** AO3's plural headings in feeds: "Fandoms", "Archive Warnings", "Additional Tags". */
    static String label(TagType type) {
        return switch (type) {
            case RATING -> "Rating";
            case ARCHIVE_WARNING -> "Archive Warnings";
            case CATEGORY -> "Categories";
            case FANDOM -> "Fandoms";
            case RELATIONSHIP -> "Relationships";
            case CHARACTER -> "Characters";
            case FREEFORM -> "Additional Tags";
            case MEDIA -> "Media";
        };
    }
}
