package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The pager every paged page shares (tag/pager.jte): AO3's links to the ends, its window and its gaps. */
class PagerTemplateTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static Document pager(long total, int page, Map<String, Object> more) {
        var params = new java.util.HashMap<String, Object>(more);
        params.put("paged", new Paged<>(List.of(), total, page, 20));
        params.put("pageUrl", "/tags/Fluff/works?work_search%5Bcomplete%5D=T&page=");
        StringOutput out = new StringOutput();
        TEMPLATES.render("tag/pager.jte", params, out);
        return Jsoup.parse(out.toString());
    }

    @Test
    void aLongListingLinksToTheFirstAndLastPagesAroundAWindow() {
        Document doc = pager(2000, 50, Map.of());
        var items = doc.select("nav[aria-label=Pagination] ol.pagination > li");
        assertThat(items.eachText())
                .containsExactly(
                        "← Previous",
                        "1",
                        "2",
                        "…",
                        "46",
                        "47",
                        "48",
                        "49",
                        "50",
                        "51",
                        "52",
                        "53",
                        "54",
                        "…",
                        "99",
                        "100",
                        "Next →");
        assertThat(doc.select("li.gap")).hasSize(2);
        assertThat(doc.select("span.current[aria-current=page]").text()).isEqualTo("50");
        assertThat(doc.select("a[rel=prev]").attr("href"))
                .isEqualTo("/tags/Fluff/works?work_search%5Bcomplete%5D=T&page=49");
        assertThat(doc.select("a[rel=next]").attr("href"))
                .isEqualTo("/tags/Fluff/works?work_search%5Bcomplete%5D=T&page=51");
        assertThat(doc.select("a[aria-label=Page 100]").attr("href")).endsWith("&page=100");
        assertThat(doc.select("a[aria-label=Page 1]").attr("href")).endsWith("&page=1");
    }

    @Test
    void theFirstPageHasNoPreviousAndOnePageNoPager() {
        Document first = pager(2000, 1, Map.of());
        assertThat(first.select("li.previous span.disabled").text()).isEqualTo("← Previous");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("li.gap")).hasSize(1);
        assertThat(pager(20, 1, Map.of()).select("nav")).isEmpty();
    }

    @Test
    void commentPagesNameThemselvesAndLinkToTheComments() {
        Document doc = pager(100, 2, Map.of("label", "Comment pages", "fragment", "#comments"));
        assertThat(doc.select("nav").attr("aria-label")).isEqualTo("Comment pages");
        assertThat(doc.select("a[rel=next]").attr("href")).endsWith("&page=3#comments");
        assertThat(doc.select("a[aria-label=Page 5]").attr("href")).endsWith("&page=5#comments");
    }
}
