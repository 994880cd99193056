package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The wrangling pages through HTTP, on every database: who reaches them, forms, refusals, mass wrangling. */
abstract class WranglingPagesContract extends WranglingFixture {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor wrangler;
    RequestPostProcessor reader;

    @BeforeEach
    void people() {
        User w = TestData.user(accounts);
        accounts.setWrangler(w.id(), true);
        wrangler = as(w);
        reader = as(TestData.user(accounts));
    }

    RequestPostProcessor as(User u) {
        return user(userDetails.loadUserByUsername(u.login()));
    }

    static URI url(Tag tag, String suffix) {
        return URI.create(tag.url() + suffix);
    }

    @Test
    void nonWranglersAreForbiddenAndGuestsAreSentToLogIn() throws Exception {
        Tag t = tags.findOrCreate(unique("Some Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(reader)).andExpect(status().isForbidden());
        mvc.perform(get(URI.create("/tag_wranglings")).with(reader)).andExpect(status().isForbidden());
        mvc.perform(post(url(t, ""))
                        .with(reader)
                        .with(token())
                        .param("tag[name]", "x")
                        .param("tag[type]", "Freeform"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(t, "/edit"))).andExpect(redirectedUrl("/users/login"));
        assertThat(tag(t.name()).name()).isEqualTo(t.name());
    }

    @Test
    void adminsAreWranglersToo() throws Exception {
        User admin = accounts.register(
                new org.fanfold.accounts.SignupForm(
                        unique("admin"), unique("a") + "@example.com", "password1", "password1"),
                true);
        Tag t = tags.findOrCreate(unique("Admin Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void aWranglerEditsATagAndSeesRefusalsWithTheirInputKept() throws Exception {
        Tag t = tags.findOrCreate(unique("Loose Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"tag[merger_string]\"")))
                .andExpect(content().string(Matchers.containsString("authenticity_token")));
        mvc.perform(post(url(t, ""))
                        .with(wrangler)
                        .with(token())
                        .param("tag[name]", t.name())
                        .param("tag[type]", "Freeform")
                        .param("tag[canonical]", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(tag(t.name()).canonical()).isTrue();

        String typed = unique("No Such Canonical ");
        mvc.perform(post(url(t, ""))
                        .with(wrangler)
                        .with(token())
                        .param("tag[name]", t.name())
                        .param("tag[type]", "Freeform")
                        .param("tag[canonical]", "true")
                        .param("tag[merger_string]", typed))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("A canonical tag can't be a synonym")))
                .andExpect(content().string(Matchers.containsString("value=\"" + typed + "\"")));

        String parent = unique("Character Parent ");
        canonical(parent, TagType.CHARACTER);
        mvc.perform(post(url(t, "/parents")).with(wrangler).with(token()).param("parent_string", parent))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("can't be parents of Additional tags")))
                .andExpect(content().string(Matchers.containsString("value=\"" + parent + "\"")));
    }

    @Test
    void theUnwrangledListCountsWorksPerFandomAndType() throws Exception {
        String fandom = unique("Fandom ");
        String often = unique("Often ");
        String once = unique("Once ");
        String character = unique("Char ");
        postWork(fandom, List.of(), List.of(character), List.of(often));
        postFreeform(fandom, often);
        postFreeform(fandom, once);
        Tag f = tag(fandom);
        assertThat(unwrangled.inFandom(f, TagType.FREEFORM, 50))
                .extracting(c -> c.tag().name() + "=" + c.works())
                .containsExactly(often + "=2", once + "=1");
        assertThat(unwrangled.inFandom(f, TagType.CHARACTER, 50))
                .extracting(c -> c.tag().name())
                .containsExactly(character);
        assertThat(unwrangled.fandoms(1000))
                .filteredOn(c -> c.fandom().id() == f.id())
                .extracting(UnwrangledTags.FandomCount::unwrangled)
                .containsExactly(3L);
        mvc.perform(get(url(f, "/wrangle")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(often)));
        mvc.perform(get(URI.create("/tag_wranglings")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(fandom)));
    }

    @Test
    void massWranglingGivesTheSelectedTagsAFandomOrMakesThemSynonymsOrCanonical() throws Exception {
        String fandom = unique("Fandom ");
        String a = unique("Tag A "), b = unique("Tag B "), c = unique("Tag C ");
        String target = unique("Target ");
        long workA = postFreeform(fandom, a);
        postFreeform(fandom, b);
        postFreeform(fandom, c);
        Tag f = canonical(fandom, TagType.FANDOM);
        canonical(target, TagType.FREEFORM);
        propagate();

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(a), id(b))
                        .param("wrangle_action", "synonym")
                        .param("synonym_string", target))
                .andExpect(status().is3xxRedirection());
        assertThat(tag(a).mergerId()).isEqualTo(tag(target).id());
        assertThat(tag(b).mergerId()).isEqualTo(tag(target).id());
        propagate();
        assertThat(listedUnder(target)).contains(workA);

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(c), id(a))
                        .param("wrangle_action", "canonical"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("is a synonym")));
        assertThat(tag(c).canonical()).isFalse();

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(c))
                        .param("wrangle_action", "fandom")
                        .param("fandom_string", fandom))
                .andExpect(status().is3xxRedirection());
        assertThat(unwrangled.inFandom(f, TagType.FREEFORM, 50)).isEmpty();
    }

    @Test
    void onlyWranglersSeeTheEditTagLinkOnATagsWorks() throws Exception {
        String fandom = unique("Linked Fandom ");
        postFreeform(fandom, unique("x "));
        Tag f = tag(fandom);
        mvc.perform(get(url(f, "/works")).with(wrangler))
                .andExpect(content().string(Matchers.containsString(f.url() + "/edit")));
        mvc.perform(get(url(f, "/works")).with(reader))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Edit tag"))));
    }

    private String id(String tagName) {
        return Long.toString(tag(tagName).id());
    }

    /**
     * The archive's own CSRF token in a fresh session. Not spring-security-test's {@code csrf()}: that one swaps the
     * application's token repository in the shared context, after which every later test's real token fails.
     */
    private RequestPostProcessor token() throws Exception {
        return Web.csrf(mvc, new MockHttpSession());
    }
}
