package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A creator's comments on their own work in an anonymous collection: "Anonymous Creator" to readers, as on AO3, with
 * no link to their pseud and no "Block" that would name them; their own name to themself.
 */
@SqliteTest
class AnonymousCreatorCommentsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    CollectionFlags flags;

    @Test
    void aCreatorsCommentOnTheirAnonymousWorkIsByAnonymousCreator() throws Exception {
        var web = new FeedbackWeb(mvc, accounts, works, reader);
        Web.Account author = Web.signUp(mvc);
        Web.Account fan = Web.signUp(mvc);
        long work = web.work(author, "Under a Mask");
        web.comment(fan, "/works/" + work + "/comments", "Who wrote this? I love it.");
        web.comment(author, "/works/" + work + "/comments", "Thank you, all of you!");
        flags.set(work, true, false);

        for (var session : java.util.List.of(fan.session(), new org.springframework.mock.web.MockHttpSession())) {
            Element byCreator = web.page("/works/" + work, session).select("#comments_placeholder li.comment").stream()
                    .filter(li -> li.text().contains("Thank you, all of you!"))
                    .findFirst()
                    .orElseThrow();
            assertThat(byCreator.select("h4.byline").text()).startsWith("Anonymous Creator");
            assertThat(byCreator.select("h4.byline a")).isEmpty();
            assertThat(byCreator.text()).doesNotContain(author.login());
            assertThat(byCreator.select("a[href$=/block]")).isEmpty();
        }
        assertThat(web.page("/works/" + work, author.session())
                        .select("#comments_placeholder h4.byline")
                        .text())
                .contains(author.login());
    }
}
