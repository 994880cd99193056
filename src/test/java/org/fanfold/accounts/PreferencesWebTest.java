package org.fanfold.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The preferences page: every preference saved and shown again, bad input sent back, the owner's only. */
@SqliteTest
class PreferencesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PreferencesStore preferences;

    Web.Account user;
    String url;

    @BeforeEach
    void user() throws Exception {
        user = Web.signUp(mvc);
        url = "/users/" + user.login() + "/preferences";
    }

    private Document page() throws Exception {
        return html(mvc.perform(get(url).session(user.session()))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void everyPreferenceIsSavedAndShownAgain() throws Exception {
        Document before = page();
        assertThat(before.select("input[type=checkbox][checked]").eachAttr("name"))
                .containsExactlyInAnyOrder("commentEmails", "commentInbox", "historyEnabled", "markedForLaterEnabled");
        assertThat(before.select("select#timeZone option[selected]").val()).isEqualTo("UTC");
        assertThat(before.select("select#timeZone option").eachAttr("value"))
                .contains("Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo")
                .doesNotContain("US/Pacific", "CET");

        mvc.perform(post(url)
                        .with(csrf(mvc, user.session()))
                        .param("hideWarnings", "true")
                        .param("hideFreeform", "true")
                        .param("adultWithoutAsking", "true")
                        .param("timeZone", "Asia/Tokyo")
                        .param("subscriptionDigest", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url));

        Document after = page();
        assertThat(after.select(".flash").text()).isEqualTo("Your preferences were successfully updated.");
        assertThat(after.select("input[type=checkbox][checked]").eachAttr("name"))
                .containsExactlyInAnyOrder("hideWarnings", "hideFreeform", "adultWithoutAsking", "subscriptionDigest");
        assertThat(after.select("select#timeZone option[selected]").val()).isEqualTo("Asia/Tokyo");
        long id = accounts.byLogin(user.login()).orElseThrow().id();
        assertThat(preferences.of(id))
                .isEqualTo(
                        new Preferences(true, true, true, ZoneId.of("Asia/Tokyo"), false, false, true, false, false));
    }

    @Test
    void anUnknownTimeZoneSendsTheFormBackAsTyped() throws Exception {
        Document doc = html(mvc.perform(post(url)
                        .with(csrf(mvc, user.session()))
                        .param("hideWarnings", "true")
                        .param("timeZone", "Mars/Olympus_Mons"))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#timeZone-error").text()).contains("\"Mars/Olympus_Mons\" is not a time zone");
        assertThat(doc.select("input[name=hideWarnings][checked]")).hasSize(1);
        assertThat(doc.select("input[name=commentEmails][checked]")).isEmpty();
        assertThat(doc.select("select#timeZone option[selected]").val()).isEqualTo("Mars/Olympus_Mons");
        long id = accounts.byLogin(user.login()).orElseThrow().id();
        assertThat(preferences.of(id)).isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void onlyTheOwnerSeesOrChangesTheirPreferences() throws Exception {
        Web.Account other = Web.signUp(mvc);
        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        mvc.perform(get(url).session(other.session())).andExpect(status().isForbidden());
        mvc.perform(post(url).with(csrf(mvc, other.session())).param("timeZone", "UTC"))
                .andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/users/" + user.login() + "/profile").session(other.session()))
                                .andReturn())
                        .select("nav.user a[href=" + url + "]"))
                .isEmpty();
        assertThat(page().select("nav.user a[href=" + url + "]")).hasSize(1);
    }
}
