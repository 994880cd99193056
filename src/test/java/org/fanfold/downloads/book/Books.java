package org.fanfold.downloads.book;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.UserHtml;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.Chapter;
import org.fanfold.works.SeriesPart;
import org.fanfold.works.Work;
import org.fanfold.works.WorkView;

/**
 * Works to build books from without an application: the HTML goes through the archive's sanitizer first, as it
 * does when an author posts it.
 */
final class Books {

    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    static final String SITE = "https://fanfold.example";

    /** Chapter one: AO3's formatting and its usual mistakes, with footnotes. */
    static final String FORMATTING = """
            <p>It was a <em>dark</em> and <strong>stormy</strong> night.<sup><a href="#fn1" name="ref1">1</a></sup>
            See also <a href="#later">the later note</a>, <a href="/works/1">another work</a>
            and <a href="#nowhere">a missing anchor</a>.</p>
            <center>A centred line</center>
            <p align="right">Right <strike>struck</strike> <big>big</big> <tt>typed</tt> <acronym title="AO3">AO3</acronym></p>
            <hr />
            <table><caption>Who was there</caption>
            <thead><tr><th>Name</th><th>Role</th></tr></thead>
            <tr><td>Ada</td><td colspan="x">Pilot</td></tr><tr><td rowspan="2">Bea</td><td>Navigator</td></tr>
            <tr><td>Cook</td></tr></table>
            <em><p>An emphasised paragraph.</p><p>And another.</p></em>
            <ul>stray text<li>one</li><li>two</li><ul><li>nested</li></ul></ul>
            <dl><dd>a definition before its term</dd><dt>term</dt></dl>
            <details><p>Spoiler text.</p></details>
            <p><span lang="ja">日本語</span> <span lang="zz-QQ">bad lang</span> <span dir="sideways">bad dir</span>
            <img src="https://images.example/cat.png" alt="a cat"> &amp; a non-breaking&nbsp;space.</p>
            <ol type="i" start="3"><li>three</li></ol>
            <blockquote cite="not a url">A quotation.</blockquote>
            <p><a name="fn1" href="#ref1">1.</a> The first footnote.</p>
            """;

    static final String CJK = "<p>" + "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。".repeat(6) + "</p>"
            + "<p>吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。</p>"
            + "<p>한국어 문장도 있습니다. 안녕하세요, 세계!</p>"
            + "<p><a name=\"later\">The later note</a> is here.</p>";

    static final String RTL = "<p dir=\"rtl\" lang=\"ar\">مرحبا بالعالم، هذه قصة قصيرة عن القمر.</p>"
            + "<p dir=\"rtl\" lang=\"he\">שלום עולם, זה סיפור קצר על הירח.</p>"
            + "<p>Mixed: English then العربية then English.</p>";

    private Books() {}

    static Work work(long id, String title, String language) {
        return new Work(
                id,
                title,
                UserHtml.sanitize("<p>A summary with <em>emphasis</em> &amp; an ampersand.</p>"),
                UserHtml.sanitize("<p>Notes before the work.</p>"),
                UserHtml.sanitize("<p>End notes after the work.</p>"),
                language,
                3,
                true,
                false,
                false,
                false,
                false,
                1234,
                3,
                10,
                2,
                1,
                0,
                null,
                1_700_000_000_000L,
                1_700_100_000_000L,
                1_700_000_000_000L);
    }

    /** A posted three-chapter work in {@code language} in a series, with the chapters' HTML as given. */
    static BookSource source(String language, String... bodies) {
        Work w = work(42, "The Lighthouse & the Sea", language);
        Map<TagType, List<Tag>> tags = new EnumMap<>(TagType.class);
        tags.put(TagType.RATING, List.of(new Tag(1, "General Audiences", TagType.RATING, true, null)));
        tags.put(
                TagType.ARCHIVE_WARNING,
                List.of(new Tag(2, "No Archive Warnings Apply", TagType.ARCHIVE_WARNING, true, null)));
        tags.put(TagType.CATEGORY, List.of(new Tag(3, "Gen", TagType.CATEGORY, true, null)));
        tags.put(TagType.FANDOM, List.of(new Tag(4, "Original Work", TagType.FANDOM, true, null)));
        tags.put(
                TagType.CHARACTER,
                List.of(
                        new Tag(5, "Keeper", TagType.CHARACTER, false, null),
                        new Tag(6, "The Sea", TagType.CHARACTER, false, null)));
        tags.put(TagType.FREEFORM, List.of(new Tag(7, "Fluff & Angst", TagType.FREEFORM, false, null)));
        List<Pseud> creators = List.of(Records.of(
                Pseud.class, Map.of("id", 9L, "userId", 8L, "login", "keeper", "name", "keeper", "isDefault", true)));
        List<SeriesPart> series = List.of(new SeriesPart(5, "Coastal Tales", 2, 41L, null));
        WorkView view = Records.of(
                WorkView.class,
                Map.of(
                        "work", w,
                        "creators", creators,
                        "creatorUserIds", List.of(8L),
                        "tags", tags,
                        "series", series));
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            chapters.add(new Chapter(
                    100 + i,
                    42,
                    i + 1,
                    i == 1 ? "" : "Part " + (i + 1),
                    i == 0 ? UserHtml.sanitize("<p>Chapter summary.</p>") : "",
                    i == 0 ? UserHtml.sanitize("<p>Chapter notes.</p>") : "",
                    i == 2 ? UserHtml.sanitize("<p>Chapter end notes.</p>") : "",
                    UserHtml.sanitizeRichText(bodies[i]),
                    100,
                    true,
                    1_700_000_000_000L,
                    1_700_000_000_000L));
        }
        return new BookSource(view, chapters, "Fanfold", SITE);
    }

    /** The three-chapter work of the EPUB check: formatting and footnotes, CJK text, right-to-left text. */
    static BookSource threeChapters(String language) {
        return source(language, FORMATTING, CJK, RTL);
    }
}
