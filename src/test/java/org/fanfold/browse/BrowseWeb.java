package org.fanfold.browse;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the browse pages' HTTP tests share: an author who posts works in given fandoms (public, restricted, drafts or
 * hidden by an admin), a reader and an admin to ask as, tags made canonical with their parents, and the index
 * brought up to date before asking.
 */
abstract class BrowseWeb {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    @Autowired
    UserDetailsService userDetails;

    User author;
    User readerUser;
    User adminUser;
    RequestPostProcessor reader;
    RequestPostProcessor admin;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        readerUser = TestData.user(accounts);
        reader = as(readerUser);
        adminUser = accounts.register(
                new SignupForm(
                        TestData.unique("admin"), TestData.unique("a") + "@example.com", "password1", "password1"),
                true);
        admin = as(adminUser);
    }

    RequestPostProcessor as(User u) {
        return user(userDetails.loadUserByUsername(u.login()));
    }

    /** How a work is posted. */
    enum Posted {
        PUBLIC,
        RESTRICTED,
        DRAFT,
        HIDDEN
    }

    long post(Posted how, List<String> fandoms, List<String> freeforms) {
        var input = TestData.work(TestData.unique("Work "), fandoms, freeforms, how == Posted.RESTRICTED);
        long id = works.create(
                accounts.defaultPseud(author.id()),
                input,
                List.of(TestData.chapter("Once.")),
                how == Posted.DRAFT ? WorkService.Mode.DRAFT : WorkService.Mode.POST);
        if (how == Posted.HIDDEN) works.setHidden(id, TestData.viewer(adminUser), true);
        indexer.drain();
        return id;
    }

    long post(String fandom) {
        return post(Posted.PUBLIC, List.of(fandom), List.of());
    }

    /** A canonical tag of {@code type} called {@code name}, under {@code parents}. */
    Tag canonical(String name, TagType type, String... parents) {
        var t = tags.findOrCreate(name, type);
        t = wrangling.edit(t.id(), new TagEdit(t.name(), type.dbName(), true, ""));
        for (String p : parents) wrangling.addParent(t.id(), p);
        return t;
    }

    Document html(RequestBuilder request) throws Exception {
        return Web.html(mvc.perform(request).andReturn());
    }

    static String unique(String prefix) {
        return TestData.unique(prefix);
    }
}
