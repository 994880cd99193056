package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The work page's kudos: the "Kudos ♥" button and who left kudos ("alice, bob and 3 guests left kudos…"). */
@Component
class KudosSection implements WorkPageSection {

    private final KudosService kudos;
    private final TemplateEngine templates;

    KudosSection(KudosService kudos, TemplateEngine templates) {
        this.kudos = kudos;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.FEEDBACK;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!page.work().posted()) return null;
        Map<String, Object> params = new HashMap<>();
        params.put("page", context);
        params.put("workUrl", page.work().url());
        params.put("kudos", kudos.list(page.work().id()));
        boolean canLeave = kudos.refusal(page.view(), viewer) == null;
        // The form's token is made now, before the page streams out: for a guest's first page it starts the session,
        // whose cookie must go out with the headers, which a long chapter has already sent by the time the form is.
        if (canLeave) context.csrfToken();
        params.put("canLeave", canLeave);
        params.put("returnTo", context.path());
        params.put("notice", FeedbackRequest.message(FeedbackRequest.KUDOS_NOTICE));
        params.put("error", FeedbackRequest.message(FeedbackRequest.KUDOS_ERROR));
        return output -> templates.render("community/kudos.jte", params, output);
    }
}
