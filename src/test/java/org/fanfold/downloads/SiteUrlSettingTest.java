package org.fanfold.downloads;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code fanfold.site-url}, the address written into downloads, is checked at start. */
class SiteUrlSettingTest {

    private static DownloadController controller(String siteUrl) {
        return new DownloadController(null, null, null, siteUrl);
    }

    @Test
    void anAbsoluteHttpAddressOrNoneIsAccepted() {
        assertThatCode(() -> controller("")).doesNotThrowAnyException();
        assertThatCode(() -> controller("https://archive.example.org/")).doesNotThrowAnyException();
        assertThatCode(() -> controller("http://localhost:8080/fanfold")).doesNotThrowAnyException();
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> controller("archive.example.org"))
                .hasMessageContaining("fanfold.site-url")
                .hasMessageContaining("'archive.example.org'");
        assertThatThrownBy(() -> controller("ftp://archive.example.org")).hasMessageContaining("ftp://");
    }
}
