package org.fanfold.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my works and bookmarks": the owner gets a zip with an EPUB of each of their works (drafts too), and
 * their works' details and bookmarks as JSON; nobody else gets it.
 */
@SqliteTest
class UserExportWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Test
    void theOwnerDownloadsEveryWorkAsAnEpubWithTheirDetailsAndBookmarks() throws Exception {
        Web.Account alice = Web.signUp(mvc);
        Web.Account bob = Web.signUp(mvc);
        User aliceUser = accounts.byLogin(alice.login()).orElseThrow();
        User bobUser = accounts.byLogin(bob.login()).orElseThrow();
        String u = TestData.unique("export");
        long posted = works.create(
                accounts.defaultPseud(aliceUser.id()),
                TestData.work("Exported Tides " + u, "Export Fandom", "Sea"),
                List.of(TestData.chapter("The first tide."), TestData.chapter("The second tide, longer than one.")),
                WorkService.Mode.POST);
        long draft = works.create(
                accounts.defaultPseud(aliceUser.id()),
                TestData.work("Draft Shores " + u, "Export Fandom", "Sand"),
                List.of(TestData.chapter("Not posted yet.")),
                WorkService.Mode.DRAFT);
        long bobs = works.create(
                accounts.defaultPseud(bobUser.id()),
                TestData.work("Bob's Harbour " + u, "Export Fandom", "Boats"),
                List.of(TestData.chapter("A harbour.")),
                WorkService.Mode.POST);
        mvc.perform(post("/works/" + bobs + "/bookmarks")
                        .with(csrf(mvc, alice.session()))
                        .param("bookmark[bookmarker_notes]", "<p>Read it <em>twice</em>.</p>")
                        .param("bookmark[tag_string]", "harbours, " + u)
                        .param("bookmark[private]", "true"))
                .andExpect(status().is3xxRedirection());

        var page = Web.html(
                mvc.perform(get("/users/" + alice.login() + "/preferences").session(alice.session()))
                        .andExpect(status().isOk())
                        .andReturn());
        var form = page.selectFirst("form#export-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/users/" + alice.login() + "/export");
        assertThat(form.select("input[name=authenticity_token]")).hasSize(1);
        assertThat(form.select("button").text()).isEqualTo("Download my works and bookmarks");

        byte[] zip = mvc.perform(post("/users/" + alice.login() + "/export").with(csrf(mvc, alice.session())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet())
                .contains("works.json", "bookmarks.json", "README.txt")
                .anyMatch(n -> n.startsWith("works/" + posted + "-Exported_Tides") && n.endsWith(".epub"))
                .anyMatch(n -> n.startsWith("works/" + draft + "-Draft_Shores") && n.endsWith(".epub"))
                .noneMatch(n -> n.startsWith("works/" + bobs + "-"));
        for (var e : entries.entrySet()) {
            if (e.getKey().endsWith(".epub")) assertOpensAsEpub(e.getKey(), e.getValue());
        }

        JsonNode worksJson = JSON.readTree(entries.get("works.json"));
        assertThat(worksJson.get("user").asString()).isEqualTo(alice.login());
        assertThat(worksJson.get("works")).hasSize(2);
        JsonNode first = find(worksJson.get("works"), posted);
        assertThat(first.get("title").asString()).isEqualTo("Exported Tides " + u);
        assertThat(first.get("status").asString()).isEqualTo("posted");
        assertThat(first.get("file").asString()).startsWith("works/" + posted + "-");
        assertThat(first.get("fandoms").get(0).asString()).isEqualTo("Export Fandom");
        assertThat(first.get("additionalTags").get(0).asString()).isEqualTo("Sea");
        assertThat(first.get("rating").asString()).isEqualTo("General Audiences");
        assertThat(first.get("url").asString()).endsWith("/works/" + posted);
        assertThat(first.get("chapters")).hasSize(2);
        assertThat(first.get("chapters").get(1).get("words").asInt()).isEqualTo(6);
        assertThat(first.get("chapters").get(1).get("position").asInt()).isEqualTo(2);
        assertThat(find(worksJson.get("works"), draft).get("status").asString()).isEqualTo("draft");

        JsonNode bookmarksJson = JSON.readTree(entries.get("bookmarks.json"));
        assertThat(bookmarksJson.get("bookmarks")).hasSize(1);
        JsonNode bookmark = bookmarksJson.get("bookmarks").get(0);
        assertThat(bookmark.get("notes").asString()).isEqualTo("<p>Read it <em>twice</em>.</p>");
        assertThat(bookmark.get("tags").get(0).asString()).isEqualTo("harbours");
        assertThat(bookmark.get("private").asBoolean()).isTrue();
        assertThat(bookmark.get("rec").asBoolean()).isFalse();
        assertThat(bookmark.get("item").get("type").asString()).isEqualTo("Work");
        assertThat(bookmark.get("item").get("title").asString()).isEqualTo("Bob's Harbour " + u);
        assertThat(bookmark.get("item").get("creators").get(0).asString()).isEqualTo(bob.login());
        assertThat(bookmark.get("item").get("url").asString()).endsWith("/works/" + bobs);
    }

    @Test
    void nobodyButTheOwnerGetsTheirExport() throws Exception {
        Web.Account alice = Web.signUp(mvc);
        Web.Account bob = Web.signUp(mvc);
        String url = "/users/" + alice.login() + "/export";
        mvc.perform(post(url).with(csrf(mvc, bob.session()))).andExpect(status().isForbidden());
        mvc.perform(post(url).with(csrf(mvc, new MockHttpSession()))).andExpect(status().is3xxRedirection());
        mvc.perform(post(url).session(alice.session())).andExpect(status().isForbidden());
        mvc.perform(post("/users/nobody_" + TestData.unique("x") + "/export").with(csrf(mvc, bob.session())))
                .andExpect(status().isNotFound());
    }

    private static void assertOpensAsEpub(String name, byte[] epub) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first).as(name).isNotNull();
            assertThat(first.getName()).as(name).isEqualTo("mimetype");
            assertThat(first.getMethod()).as(name).isEqualTo(ZipEntry.STORED);
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
            boolean opf = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".opf")) opf = true;
            }
            assertThat(opf).as(name + " has a package document").isTrue();
        }
    }

    private static JsonNode find(JsonNode works, long id) {
        for (JsonNode w : works) if (w.get("id").asLong() == id) return w;
        throw new AssertionError("no work " + id);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry())
                out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }
}
