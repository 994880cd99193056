package org.fanfold.downloads;

import java.util.List;
import org.fanfold.shared.AdminPages;
import org.springframework.stereotype.Component;

/** The downloads switch at {@code /admin/downloads} in the admin area's index. */
@Component
class DownloadAdminLink implements AdminPages.Contributor {

    @Override
    public List<AdminPages.Page> adminPages() {
        return List.of(new AdminPages.Page(
                "Downloads",
                DownloadAdminController.PATH,
                "Switch readers' downloads of works (EPUB, PDF, HTML) on or off, and see the space their files take.",
                30));
    }
}
