package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.HtmlContent;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** A piece is kept from its second showing per key and zone, and its copies are the bytes it rendered to. */
class FragmentsTest {

    record Shown(String title, List<String> tags) {}

    @AfterEach
    void noZone() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPieceIsKeptFromItsSecondShowingPerKeyAndZoneAndCopiedAfter() {
        AtomicInteger renders = new AtomicInteger();
        String title = "Tea <& cake> " + System.nanoTime(); // a key no other test renders
        Shown shown = new Shown(title, List.of("Fluff", "Ünïcode"));

        String first = render(shown, renders);
        assertThat(first).isEqualTo("<li>Tea &lt;&amp; cake&gt; " + title.substring(13) + " Fluff, Ünïcode</li>");
        assertThat(renders).as("shown once: rendered in place").hasValue(1);
        assertThat(render(shown, renders)).isEqualTo(first);
        assertThat(renders).as("shown twice: rendered again, and kept").hasValue(2);
        assertThat(render(new Shown(title, List.of("Fluff", "Ünïcode")), renders))
                .as("an equal key, another instance: the same bytes, not rendered again")
                .isEqualTo(first);
        assertThat(renders).hasValue(2);

        assertThat(render(new Shown(title, List.of("Fluff")), renders)).endsWith(" Fluff</li>");
        assertThat(render(new Shown(title, List.of("Fluff")), renders)).endsWith(" Fluff</li>");
        render(new Shown(title, List.of("Fluff")), renders);
        assertThat(renders).as("a changed key renders, twice, then is copied").hasValue(4);

        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, TimeZone.getTimeZone("Asia/Tokyo")));
        render(shown, renders);
        assertThat(renders)
                .as("another viewer's zone renders (dates are shown in it)")
                .hasValue(5);
    }

    private static String render(Shown shown, AtomicInteger renders) {
        HtmlContent content = out -> {
            renders.incrementAndGet();
            out.writeContent("<li>");
            out.setContext("li", null);
            out.writeUserContent(shown.title() + " " + String.join(", ", shown.tags()));
            out.writeContent("</li>");
        };
        PageOutput page = new PageOutput(16);
        Fragments.cached(shown, 100, content).writeTo(new OwaspHtmlTemplateOutput(page));
        return new String(page.toByteArray(), StandardCharsets.UTF_8);
    }
}
