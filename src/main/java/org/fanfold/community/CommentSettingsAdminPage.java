package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.AdminPages;
import org.springframework.stereotype.Component;

/** The site-wide comment settings in the admin area's index. */
@Component
class CommentSettingsAdminPage implements AdminPages.Contributor {

    @Override
    public List<AdminPages.Page> adminPages() {
        return List.of(new AdminPages.Page(
                "Comment settings",
                "/admin/settings/comments",
                "Turn guests' comments off or on across the archive.",
                20));
    }
}
