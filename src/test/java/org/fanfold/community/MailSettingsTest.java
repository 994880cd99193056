package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fanfold.shared.FanfoldProperties;
import org.junit.jupiter.api.Test;

/** The mail settings are checked at start, and a bad one is named. */
class MailSettingsTest {

    private static final FanfoldProperties PROPS = new FanfoldProperties(null, null, null, null, "Tide Archive");

    @Test
    void withoutSettingsLinksGoToThisMachineAndMailComesFromNoreply() {
        var settings = new MailSettings(PROPS, "", "", 8081);
        assertThat(settings.link("/works/1")).isEqualTo("http://localhost:8081/works/1");
        assertThat(settings.from().getAddress()).isEqualTo("noreply@localhost");
        assertThat(settings.from().getPersonal()).isEqualTo("Tide Archive");
    }

    @Test
    void theSiteAddressLosesItsTrailingSlash() {
        var settings = new MailSettings(PROPS, "https://tides.example.org/", "", 8080);
        assertThat(settings.link("/users/a/inbox")).isEqualTo("https://tides.example.org/users/a/inbox");
        assertThat(settings.from().getAddress()).isEqualTo("noreply@tides.example.org");
    }

    @Test
    void aBadSiteAddressOrSenderStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new MailSettings(PROPS, "tides.example.org", "", 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FANFOLD_SITE_URL")
                .hasMessageContaining("tides.example.org");
        assertThatThrownBy(() -> new MailSettings(PROPS, "", "not an address", 8080))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FANFOLD_MAIL_FROM");
    }

    @Test
    void aSubjectIsOneLine() {
        assertThat(new MailMessage("New chapter of A\r\nBcc: x@example.org", "body").subject())
                .isEqualTo("New chapter of A Bcc: x@example.org");
    }
}
