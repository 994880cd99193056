package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFormatTest {

    @Test
    void formValuesNameTheFormatAndDefaultToHtml() {
        assertThat(TextFormat.of("markdown")).isEqualTo(TextFormat.MARKDOWN);
        assertThat(TextFormat.of("MD")).isEqualTo(TextFormat.MARKDOWN);
        assertThat(TextFormat.of("plain")).isEqualTo(TextFormat.PLAIN);
        assertThat(TextFormat.of("txt")).isEqualTo(TextFormat.PLAIN);
        assertThat(TextFormat.of("html")).isEqualTo(TextFormat.HTML);
        assertThat(TextFormat.of(null)).isEqualTo(TextFormat.HTML);
        assertThat(TextFormat.of("whatever")).isEqualTo(TextFormat.HTML);
    }

    @Test
    void plainTextBecomesEscapedParagraphsWithLineBreaks() {
        String out = TextFormat.PLAIN.toHtml("Tom & Jerry <3\nsecond line\n\nNext <b>paragraph</b>");
        assertThat(out).contains("<p>Tom &amp; Jerry &lt;3<br />", "second line</p>");
        assertThat(out).contains("<p>Next &lt;b&gt;paragraph&lt;/b&gt;</p>");
        assertThat(out).doesNotContain("<b>");
    }

    @Test
    void plainTextWithWindowsLineEndingsStillSplitsParagraphs() {
        String out = TextFormat.PLAIN.toHtml("One\r\n\r\nTwo");
        assertThat(out).contains("<p>One</p>", "<p>Two</p>");
    }

    @Test
    void markdownBecomesHtml() {
        String out = TextFormat.MARKDOWN.toHtml(
                "# Title\n\nSome *emphasis* and **strong**.\n\n- a\n- b\n\n[link](https://example.com)");
        assertThat(out).contains("<h1>Title</h1>", "<em>emphasis</em>", "<strong>strong</strong>", "<li>a</li>");
        assertThat(out).contains("href=\"https://example.com\"", "rel=\"nofollow\"");
    }

    @Test
    void rawHtmlInMarkdownIsSanitized() {
        String out = TextFormat.MARKDOWN.toHtml(
                "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[bad](javascript:alert(2))");
        assertThat(out).doesNotContain("<script", "alert", "onclick", "<iframe", "javascript:");
        assertThat(out).contains("<b>bold</b>");
    }

    @Test
    void htmlIsSanitizedRichText() {
        String out = TextFormat.HTML.toHtml("<p onclick=\"x()\">Hi</p><script>alert(1)</script>");
        assertThat(out).isEqualTo("<p>Hi</p>");
    }

    @Test
    void blankTextIsEmptyInEveryFormat() {
        for (TextFormat f : TextFormat.values()) {
            assertThat(f.toHtml("  \n ")).isEmpty();
            assertThat(f.toHtml(null)).isEmpty();
        }
    }
}
