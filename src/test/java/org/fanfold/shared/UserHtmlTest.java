package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserHtmlTest {

    @Test
    void scriptsAndStylesAreRemovedWithTheirContent() {
        String out = UserHtml.sanitize("<p>Hi</p><script>alert('x')</script><style>p{color:red}</style>");
        assertThat(out).isEqualTo("<p>Hi</p>");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String out = UserHtml.sanitize(
                "<p onclick=\"steal()\" onmouseover=\"x()\">Hi</p><img src=\"https://example.com/a.png\" onerror=\"x()\">");
        assertThat(out).doesNotContain("onclick", "onmouseover", "onerror", "steal");
        assertThat(out).contains("<p>Hi</p>", "src=\"https://example.com/a.png\"");
    }

    @Test
    void javascriptUrlsAreRemoved() {
        String out = UserHtml.sanitize("<a href=\"javascript:alert(1)\">click</a> <img src=\"javascript:alert(2)\">");
        assertThat(out).doesNotContainIgnoringCase("javascript");
        assertThat(out).contains("click");
    }

    @Test
    void formsFramesAndInlineStylesAreRemoved() {
        String out = UserHtml.sanitize(
                "<form action=\"/x\"><input name=\"a\"></form><iframe src=\"https://evil.example\"></iframe>"
                        + "<p style=\"position:fixed\">text</p>");
        assertThat(out).doesNotContain("<form", "<input", "<iframe", "style=");
        assertThat(out).contains("<p>text</p>");
    }

    @Test
    void ao3FormattingTagsAreKept() {
        String html = "<p align=\"center\" class=\"note\">A <b>b</b> <i>i</i> <em>em</em> <strong>s</strong> <u>u</u>"
                + " <s>s</s> <del>d</del> <ins>n</ins> <sub>1</sub><sup>2</sup> <small>sm</small> <big>bg</big>"
                + " <abbr title=\"t\">ab</abbr> <cite>c</cite> <code>x</code> <q>q</q> <span lang=\"fr\">oui</span></p>"
                + "<blockquote><p>quoted</p></blockquote><h3>Heading</h3><hr />"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><dl><dt>t</dt><dd>d</dd></dl>"
                + "<table><tr><td colspan=\"2\">cell</td></tr></table><pre>pre</pre><center>c</center>";
        String out = UserHtml.sanitize(html);
        for (String tag : new String[] {
            "<p align=\"center\" class=\"note\">",
            "<b>",
            "<i>",
            "<em>",
            "<strong>",
            "<u>",
            "<s>",
            "<del>",
            "<ins>",
            "<sub>",
            "<sup>",
            "<small>",
            "<big>",
            "<abbr title=\"t\">",
            "<cite>",
            "<code>",
            "<q>",
            "<span lang=\"fr\">",
            "<blockquote>",
            "<h3>",
            "<hr",
            "<ul>",
            "<ol>",
            "<li>",
            "<dl>",
            "<dt>",
            "<dd>",
            "<table>",
            "<td colspan=\"2\">",
            "<pre>",
            "<center>"
        }) {
            assertThat(out).contains(tag);
        }
    }

    @Test
    void linksGetRelNofollow() {
        String out = UserHtml.sanitize("<a href=\"https://example.com/x\">there</a>");
        assertThat(out).contains("href=\"https://example.com/x\"").contains("rel=\"nofollow\"");
    }

    @Test
    void mailtoAndHttpLinksSurviveButOtherSchemesDoNot() {
        assertThat(UserHtml.sanitize("<a href=\"mailto:a@example.com\">m</a>")).contains("href=\"mailto:");
        assertThat(UserHtml.sanitize("<a href=\"http://example.com\">h</a>")).contains("href=\"http://example.com\"");
        assertThat(UserHtml.sanitize("<a href=\"data:text/html,hi\">d</a>")).doesNotContain("data:");
    }

    @Test
    void blankInputIsEmpty() {
        assertThat(UserHtml.sanitize(null)).isEmpty();
        assertThat(UserHtml.sanitize("   ")).isEmpty();
        assertThat(UserHtml.sanitizeRichText(null)).isEmpty();
    }

    @Test
    void richTextWithoutBlockTagsBecomesParagraphs() {
        String out = UserHtml.sanitizeRichText("First <em>line</em>\nsame paragraph\n\nSecond paragraph");
        assertThat(out)
                .startsWith("<p>First <em>line</em><br />")
                .contains("same paragraph</p>")
                .contains("<p>Second paragraph</p>");
    }

    @Test
    void richTextWithBlockTagsIsKeptAsWritten() {
        String out = UserHtml.sanitizeRichText("<p>One</p>\n\n<p>Two</p>");
        assertThat(out).isEqualTo("<p>One</p>\n\n<p>Two</p>");
    }

    @Test
    void richTextIsSanitizedToo() {
        String out = UserHtml.sanitizeRichText("Hello<script>alert(1)</script>\n\nworld");
        assertThat(out).doesNotContain("script", "alert").contains("<p>Hello</p>", "<p>world</p>");
    }
}
