package org.fanfold.backup;

import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagPropagator;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestImages;
import org.fanfold.testing.Web;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An archive with something in every table a person fills, made the way people make it (the web forms, or the
 * services behind them): two users, a second pseud with an icon, works with chapters (one restricted, one a draft),
 * a series, a gift, tags wrangled into synonyms, parents and meta tags, a collection, a related work, comments with
 * replies (and a guest's), kudos (and a guest's), bookmarks (a private one too), subscriptions with the notices they
 * bring, preferences, hits and reading history.
 */
final class ArchiveFixture {

    /** What was made: the posted works' ids and titles, and the two people. */
    record Made(
            List<Long> postedWorkIds,
            List<String> postedTitles,
            long draftId,
            Web.Account author,
            Web.Account reader) {}

    private static final Pattern COMMENT = Pattern.compile("(?:#comment_|/comments/)(\\d+)");

    private final ApplicationContext context;
    private final MockMvc mvc;

    ArchiveFixture(ApplicationContext context, MockMvc mvc) {
        this.context = context;
        this.mvc = mvc;
    }

    Made build() throws Exception {
        Accounts accounts = context.getBean(Accounts.class);
        WorkService works = context.getBean(WorkService.class);
        TagService tags = context.getBean(TagService.class);
        Wrangling wrangling = context.getBean(Wrangling.class);
        String u = TestData.unique("bk");

        Web.Account alice = Web.signUp(mvc);
        Web.Account bob = Web.signUp(mvc);
        User aliceUser = accounts.byLogin(alice.login()).orElseThrow();
        User bobUser = accounts.byLogin(bob.login()).orElseThrow();

        mvc.perform(multipart("/users/" + alice.login() + "/pseuds")
                        .file(new MockMultipartFile("icon", "icon.png", "image/png", TestImages.png()))
                        .with(csrf(mvc, alice.session()))
                        .param("name", "Lantern_" + u)
                        .param("description", "<p>My <em>other</em> name.</p>")
                        .param("iconAltText", "A red square")
                        .param("iconComment", "red"))
                .andExpect(status().is3xxRedirection());
        Pseud lantern = accounts.pseuds(aliceUser.id()).stream()
                .filter(p -> !p.isDefault())
                .findFirst()
                .orElseThrow();

        String fandom = "Backup Fandom " + u;
        String synonym = "NaruSaku " + u;
        String canonical = "Haruno Sakura/Uzumaki Naruto " + u;
        String character = "Uzumaki Naruto " + u;
        String first = "Lanterns Over Konoha " + u;
        long w1 = works.create(
                lantern,
                input(
                        first,
                        fandom,
                        List.of(synonym),
                        character,
                        3,
                        false,
                        new SeriesChoice(null, "Lights " + u, null),
                        List.of(bob.login())),
                List.of(
                        chapter("Chapter one", "<p>The lanterns were lit — ünïcödé, 日本語, עברית.</p>"),
                        chapter("", "<p>Second chapter,\nwith a line break and a \"quote\".</p>")),
                WorkService.Mode.POST);
        long series = context.getBean(WorkReader.class)
                .view(w1, TestData.viewer(aliceUser))
                .orElseThrow()
                .series()
                .getFirst()
                .seriesId();
        String second = "Paper Boats " + u;
        long w2 = works.create(
                accounts.defaultPseud(aliceUser.id()),
                input(
                        second,
                        fandom,
                        List.of(canonical),
                        character,
                        1,
                        true,
                        new SeriesChoice(series, null, null),
                        List.of()),
                List.of(chapter("", "<p>Boats on the river.</p>")),
                WorkService.Mode.POST);
        long draft = works.create(
                accounts.defaultPseud(aliceUser.id()),
                input("Unfinished " + u, fandom, List.of(), character, 2, false, SeriesChoice.NONE, List.of()),
                List.of(chapter("", "<p>Not yet.</p>")),
                WorkService.Mode.DRAFT);

        // Wrangling: the canonical relationship was made after its synonym, so the synonym names a later tag.
        Tag syn = tags.find(synonym).orElseThrow();
        Tag canon = tags.find(canonical).orElseThrow();
        wrangling.edit(canon.id(), new TagEdit(canon.name(), "Relationship", true, ""));
        wrangling.edit(syn.id(), new TagEdit(syn.name(), "Relationship", false, canon.name()));
        Tag fandomTag = tags.find(fandom).orElseThrow();
        wrangling.edit(fandomTag.id(), new TagEdit(fandomTag.name(), "Fandom", true, ""));
        Tag characterTag = tags.find(character).orElseThrow();
        wrangling.edit(characterTag.id(), new TagEdit(characterTag.name(), "Character", true, ""));
        wrangling.addParent(characterTag.id(), fandom);
        Tag universe = tags.findOrCreate("Backup Universe " + u, TagType.FANDOM);
        wrangling.edit(universe.id(), new TagEdit(universe.name(), "Fandom", true, ""));
        wrangling.addMeta(fandomTag.id(), universe.name());

        String collection = "bk_" + u.replaceAll("[^A-Za-z0-9_]", "_");
        send(
                bob,
                "/collections",
                "name",
                collection,
                "title",
                "Backups Exchange",
                "description",
                "<p>All of them.</p>");
        send(alice, "/works/" + w1 + "/collection_items", "collection_names", collection);
        send(alice, "/works/" + w2 + "/related_works", "url", "/works/" + w1, "translation", "false");

        String chapterUrl = chapterUrl(alice, w1);
        long comment = commentId(send(bob, "/works/" + w1 + "/comments", "body", "<p>Lovely!</p>"));
        commentId(send(alice, "/comments/" + comment + "/comments", "body", "<p>Thank you.</p>"));
        mvc.perform(post(chapterUrl + "/comments")
                        .with(Web.guestCsrf(mvc))
                        .with(Web.freshAddress())
                        .param("name", "A guest")
                        .param("email", "guest@example.com")
                        .param("body", "Nice chapter."))
                .andExpect(status().is3xxRedirection());

        send(bob, "/works/" + w1 + "/kudos");
        mvc.perform(post("/works/" + w1 + "/kudos").with(Web.guestCsrf(mvc)).with(Web.freshAddress()))
                .andExpect(status().is3xxRedirection());

        send(
                bob,
                "/works/" + w1 + "/bookmarks",
                "bookmark[bookmarker_notes]",
                "<p>A <strong>favourite</strong>.</p>",
                "bookmark[tag_string]",
                "comfort, rereads " + u,
                "bookmark[rec]",
                "true");
        send(bob, "/works/" + w2 + "/bookmarks", "bookmark[private]", "true");

        send(bob, "/users/" + bob.login() + "/subscriptions", "type", "work", "id", String.valueOf(w1));
        send(bob, "/users/" + bob.login() + "/subscriptions", "type", "user", "id", String.valueOf(aliceUser.id()));
        send(alice, "/works/" + w1 + "/chapters", "title", "Third", "body", "<p>A new chapter.</p>", "format", "html");

        context.getBean(PreferencesStore.class)
                .save(
                        bobUser.id(),
                        new Preferences(true, false, true, ZoneId.of("Europe/Paris"), false, true, true, true, true));
        mvc.perform(get("/works/" + w1).session(bob.session())).andExpect(status().isOk());
        mvc.perform(get("/works/" + w2).session(bob.session())).andExpect(status().isOk());
        // The history page writes the visits kept in memory (otherwise written every few seconds).
        mvc.perform(get("/users/" + bob.login() + "/readings").session(bob.session()))
                .andExpect(status().isOk());

        context.getBean(TagPropagator.class).drain();
        context.getBean(WorkIndexer.class).drain();
        return new Made(List.of(w1, w2), List.of(first, second), draft, alice, bob);
    }

    private static WorkInput input(
            String title,
            String fandom,
            List<String> relationships,
            String character,
            int chapters,
            boolean restricted,
            SeriesChoice series,
            List<String> gifts) {
        return new WorkInput(
                title,
                List.of(fandom),
                "Teen And Up Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("F/M"),
                relationships,
                List.of(character),
                List.of("Fluff", "Lanterns"),
                "en",
                "<p>A summary of " + title + ".</p>",
                "<p>Notes.</p>",
                "<p>End notes.</p>",
                chapters,
                restricted,
                null,
                series,
                gifts);
    }

    private static ChapterInput chapter(String title, String body) {
        return ChapterInput.of(title, "", "", "", body);
    }

    private org.springframework.test.web.servlet.ResultActions send(Web.Account who, String url, String... fields)
            throws Exception {
        var request = post(url).with(csrf(mvc, who.session()));
        for (int i = 0; i + 1 < fields.length; i += 2) request.param(fields[i], fields[i + 1]);
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String chapterUrl(Web.Account who, long workId) throws Exception {
        MockHttpSession session = who.session();
        String html = mvc.perform(get("/works/" + workId + "/navigate").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("/works/" + workId + "/chapters/\\d+").matcher(html);
        if (!m.find()) throw new AssertionError("no chapter link on the navigate page");
        return m.group();
    }

    private static long commentId(org.springframework.test.web.servlet.ResultActions result) {
        String location = result.andReturn().getResponse().getRedirectedUrl();
        Matcher m = COMMENT.matcher(location == null ? "" : location);
        if (!m.find()) throw new AssertionError("no comment in " + location);
        return Long.parseLong(m.group(1));
    }
}
