package org.fanfold.downloads.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.fanfold.shared.UserHtml;
import org.junit.jupiter.api.Test;

/** Sanitized user HTML made into XHTML that fits HTML's content models. */
class UserXhtmlTest {

    private static final URI BASE = URI.create("https://fanfold.example/works/7");

    private static String xhtml(String html) {
        return UserXhtml.parse(UserHtml.sanitize(html), BASE, UserXhtml.Images.AS_LINKS)
                .html();
    }

    private static String raw(String html) {
        return UserXhtml.parse(html, BASE, UserXhtml.Images.AS_LINKS).html();
    }

    @Test
    void inlineFormattingAroundBlocksMovesInsideThem() {
        assertThat(raw("<em><p>One</p>two<p>Three</p></em>"))
                .isEqualTo("<p><em>One</em></p><em>two</em><p><em>Three</em></p>");
        assertThat(raw("<strong><ul><li>a</li><li>b</li></ul></strong>"))
                .isEqualTo("<ul><li><strong>a</strong></li><li><strong>b</strong></li></ul>");
        assertThat(raw("<a href=\"#x\"><div>block link</div></a>"))
                .isEqualTo("<div><a href=\"#x\">block link</a></div>");
    }

    @Test
    void headingsAndParagraphsHoldingBlocksAreSplitAroundThem() {
        assertThat(raw("<h2>Title<div>aside</div>more</h2>")).isEqualTo("<h2>Title</h2><div>aside</div><h2>more</h2>");
    }

    @Test
    void listsHoldOnlyListItems() {
        assertThat(raw("<ul>loose <b>text</b><li>item</li><br/></ul>"))
                .isEqualTo("<ul><li>loose <b>text</b></li><li>item</li></ul>");
        assertThat(raw("<div><li>orphan</li><li>items</li></div>"))
                .isEqualTo("<div><ul><li>orphan</li><li>items</li></ul></div>");
    }

    @Test
    void definitionListsOutOfOrderBecomeDivisions() {
        assertThat(raw("<dl><dt>t</dt><dd>d</dd></dl>")).isEqualTo("<dl><dt>t</dt><dd>d</dd></dl>");
        assertThat(raw("<dl><dd>d</dd><dt>t</dt></dl>"))
                .isEqualTo("<div class=\"dl\"><div class=\"dd\">d</div><div class=\"dt\">t</div></div>");
    }

    @Test
    void detailsGetASummaryFirstAndFiguresTheirCaptionLast() {
        assertThat(raw("<details><p>hidden</p><summary>Open</summary></details>"))
                .isEqualTo("<details><summary>Open</summary><p>hidden</p></details>");
        assertThat(raw("<details><p>hidden</p></details>"))
                .isEqualTo("<details><summary>Details</summary><p>hidden</p></details>");
        assertThat(raw("<figure><p>a</p><figcaption>c</figcaption><p>b</p></figure>"))
                .isEqualTo("<figure><p>a</p><p>b</p><figcaption>c</figcaption></figure>");
    }

    @Test
    void tablePartsComeInTheOrderTheModelWants() {
        assertThat(raw("<table><tr><td>x</td></tr><caption>c</caption></table>"))
                .isEqualTo("<table><caption>c</caption><tbody><tr><td>x</td></tr></tbody></table>");
    }

    @Test
    void elementsHtml5DroppedBecomeTheirModernForms() {
        assertThat(xhtml("<center>c</center><p align=\"right\"><big>b</big><strike>s</strike><tt>t</tt>"
                        + "<acronym title=\"x\">a</acronym></p>"))
                .isEqualTo("<div class=\"center\">c</div><p class=\"align-right\"><span class=\"big\">b</span>"
                        + "<s>s</s><span class=\"tt\">t</span><abbr title=\"x\">a</abbr></p>");
    }

    @Test
    void attributeValuesThatWouldNotValidateAreDropped() {
        assertThat(xhtml("<p dir=\"RTL\" lang=\"zh_tw\">a</p><p dir=\"up\" lang=\"klingon-x\">b</p>"))
                .isEqualTo("<p dir=\"rtl\" lang=\"zh-TW\">a</p><p>b</p>");
        assertThat(
                        xhtml(
                                "<table><tr><td colspan=\"two\" rowspan=\"2\">x</td></tr></table><ol type=\"square\" start=\"2\"><li>i</li></ol>"))
                .isEqualTo(
                        "<table><tbody><tr><td rowspan=\"2\">x</td></tr></tbody></table><ol start=\"2\"><li>i</li></ol>");
    }

    @Test
    void linksBecomeAbsoluteAndImagesBecomeLinks() {
        assertThat(xhtml("<a href=\"/works/1\">w</a> <a href=\"chapters/2\">c</a> <a href=\"#fn\">f</a>"))
                .isEqualTo("<a href=\"https://fanfold.example/works/1\" rel=\"nofollow\">w</a> "
                        + "<a href=\"https://fanfold.example/works/chapters/2\" rel=\"nofollow\">c</a> "
                        + "<a href=\"#fn\" rel=\"nofollow\">f</a>");
        assertThat(xhtml("<img src=\"https://img.example/a b.png\" alt=\"A\"> <img src=\"https://img.example/b.png\">"))
                .isEqualTo("<a href=\"https://img.example/a%20b.png\" class=\"image\">[Image: A]</a> "
                        + "<a href=\"https://img.example/b.png\" class=\"image\">[Image]</a>");
        assertThat(xhtml("<a href=\"https://x.example/\"><img src=\"https://img.example/c.png\" alt=\"C\"></a>"))
                .isEqualTo(
                        "<a href=\"https://x.example/\" rel=\"nofollow\"><span class=\"image\">[Image: C]</span></a>");
    }

    @Test
    void theOutputIsXmlCharactersAndEntitiesIncluded() {
        assertThat(raw("<p>a&nbsp;b &amp; c &lt; d \u0001 e</p><hr><br>"))
                .isEqualTo("<p>a&#xa0;b &amp; c &lt; d  e</p><hr /><br />");
    }
}
