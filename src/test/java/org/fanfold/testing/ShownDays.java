package org.fanfold.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checks a day as a person's own pages show it, as AO3 does ("01 Jan 2024", with the day in {@code <time datetime>}),
 * in their time zone: a test sets a row's moment to {@link #EVENING} ({@link #setToEvening}), which is 1 January in
 * UTC and already 2 January in Kiritimati (UTC+14), then asks {@link #inTheirZone}.
 */
public final class ShownDays {

    /** 2024-01-01T20:00:00Z. */
    public static final long EVENING = Instant.parse("2024-01-01T20:00:00Z").toEpochMilli();

    private final MockMvc mvc;
    private final ApplicationContext context;

    /** Uses the beans of {@code mvc}'s application (accounts, preferences, the database). */
    public ShownDays(MockMvc mvc) {
        this.mvc = mvc;
        this.context = mvc.getDispatcherServlet().getWebApplicationContext();
    }

    /** Runs {@code update} with {@link #EVENING} as its first parameter and {@code more} after it. */
    public void setToEvening(String update, Object... more) {
        List<Object> params = new ArrayList<>(List.of(EVENING));
        params.addAll(List.of(more));
        assertThat(context.getBean(JdbcClient.class).sql(update).params(params).update())
                .as(update)
                .isPositive();
    }

    /**
     * Asserts that {@code selector} on {@code url}, seen by {@code who}, holds one {@code <time>} of {@link #EVENING}:
     * "01 Jan 2024" while they keep UTC, "02 Jan 2024" once they choose Kiritimati (which they keep afterwards).
     * Returns the first element's text as UTC showed it, for the words around the day.
     */
    public String inTheirZone(Web.Account who, String url, String selector) throws Exception {
        String text = check(who, url, selector, "01 Jan 2024", "2024-01-01");
        long id = context.getBean(Accounts.class)
                .byLogin(who.login())
                .orElseThrow()
                .id();
        PreferencesStore preferences = context.getBean(PreferencesStore.class);
        Preferences p = preferences.of(id);
        preferences.save(
                id,
                new Preferences(
                        p.hideWarnings(),
                        p.hideFreeform(),
                        p.adultWithoutAsking(),
                        ZoneId.of("Pacific/Kiritimati"),
                        p.commentEmails(),
                        p.commentInbox(),
                        p.subscriptionDigest(),
                        p.historyEnabled(),
                        p.markedForLaterEnabled()));
        check(who, url, selector, "02 Jan 2024", "2024-01-02");
        return text;
    }

    private String check(Web.Account who, String url, String selector, String day, String datetime) throws Exception {
        var page = Web.html(mvc.perform(get(url).session(who.session()))
                .andExpect(status().isOk())
                .andReturn());
        Element element = page.selectFirst(selector);
        assertThat(element).as(selector + " on " + url).isNotNull();
        assertThat(element.select("time").eachText()).as("the day on " + url).containsExactly(day);
        assertThat(element.select("time").attr("datetime")).isEqualTo(datetime);
        return element.text();
    }
}
