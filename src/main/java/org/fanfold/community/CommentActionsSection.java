package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** For a work's creators, in its action bar: "Comment Settings", and the comments awaiting their approval. */
@Component
class CommentActionsSection implements WorkPageSection {

    private final CommentStore comments;
    private final TemplateEngine templates;

    CommentActionsSection(CommentStore comments, TemplateEngine templates) {
        this.comments = comments;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!page.canEdit() || !page.work().posted()) return null;
        long workId = page.work().id();
        Map<String, Object> params = Map.of("workId", workId, "unreviewed", comments.countUnreviewed(workId));
        return output -> templates.render("community/comment_actions.jte", params, output);
    }
}
