package org.fanfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploads over the configured limits (20 MB a file, 50 MB a form) come back as the form with HTTP 413 and the
 * limit, whether or not their CSRF token could be read (a server stops reading such a body at the limit).
 */
@SqliteTest
class UploadLimitWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long works() {
        return jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single();
    }

    @Test
    void aFileOverTheLimitBringsBackTheFormWith413NamingTheLimit() throws Exception {
        Web.Account me = Web.signUp(mvc);
        long before = works();

        Document page = html(mvc.perform(multipart("/works/import")
                        .part(new MockPart("files", "huge.epub", new byte[20 * 1024 * 1024 + 1]))
                        .session(me.session()))
                .andExpect(status().isPayloadTooLarge())
                .andReturn());

        assertThat(page.select("p.error").text()).isEqualTo("The file is larger than the 20 MB this archive accepts.");
        assertThat(page.selectFirst("form#import-form input#files")).isNotNull();
        assertThat(page.select("div.import.results")).isEmpty();
        assertThat(works()).isEqualTo(before);
    }

    @Test
    void filesTogetherOverTheFormLimitAreToldSo() throws Exception {
        Web.Account me = Web.signUp(mvc);
        var request = multipart("/works/import").session(me.session());
        for (int i = 0; i < 3; i++) {
            request.part(new MockPart("files", "part" + i + ".epub", new byte[18 * 1024 * 1024]));
        }

        Document page = html(
                mvc.perform(request).andExpect(status().isPayloadTooLarge()).andReturn());

        assertThat(page.select("p.error").text())
                .isEqualTo("The files together are larger than the 50 MB this archive accepts in one upload.");
    }

    @Test
    void guestsAreStillSentToLogIn() throws Exception {
        var response = mvc.perform(
                        multipart("/works/import").part(new MockPart("files", "huge.epub", new byte[21 << 20])))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isIn(302, 401, 403);
        assertThat(response.getStatus()).isNotEqualTo(413);
    }
}
