package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Pages name the stylesheet and script by their content, and browsers may keep those for a year. */
@SqliteTest
class AssetsWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesNameTheStylesheetAndScriptByTheirContentAndThoseAreKeptAYear() throws Exception {
        Document home =
                Web.html(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
        String css = home.select("link[rel=stylesheet]").attr("href");
        String js = home.select("script[src]").attr("src");
        assertThat(css).matches("/css/fanfold-[0-9a-f]{32}\\.css");
        assertThat(js).matches("/js/fanfold-[0-9a-f]{32}\\.js");

        MockHttpServletResponse sheet =
                mvc.perform(get(css)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(sheet.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public");
        assertThat(sheet.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(new ClassPathResource("static/css/fanfold.css").getContentAsString(StandardCharsets.UTF_8));
        assertThat(mvc.perform(get(js)).andReturn().getResponse().getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, public");
    }

    @Test
    void aNameWhoseHashIsNotTheFilesIsNotFound() throws Exception {
        mvc.perform(get("/css/fanfold-00000000000000000000000000000000.css")).andExpect(status().isNotFound());
    }

    @Test
    void pagesStayUncached() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Cache-Control"))
                .contains("no-store");
    }
}
