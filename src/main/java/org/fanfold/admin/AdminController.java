package org.fanfold.admin;

import org.fanfold.shared.AdminPages;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: the index of the admin pages, for admins (guests are sent to log in, others are refused). */
@Controller
class AdminController {

    private final AdminPages pages;

    AdminController(AdminPages pages) {
        this.pages = pages;
    }

    @GetMapping("/admin")
    String index(Viewer viewer, Model model) {
        if (!viewer.admin()) throw new ForbiddenException("see the admin area");
        model.addAttribute("pages", pages.pages());
        return "admin/index";
    }
}
