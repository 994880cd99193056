package org.fanfold.downloads;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/downloads}: where admins switch downloads on and off (AO3's admin setting). Guests are asked to log
 * in; other users are refused.
 */
@Controller
class DownloadAdminController {

    static final String PATH = "/admin/downloads";

    private final DownloadSettings settings;
    private final DownloadCache cache;

    DownloadAdminController(DownloadSettings settings, DownloadCache cache) {
        this.settings = settings;
        this.cache = cache;
    }

    @GetMapping(PATH)
    String show(Viewer viewer, @RequestParam(required = false) String saved, HttpServletRequest request, Model model) {
        if (viewer.signedIn() && !viewer.admin()) throw new ForbiddenException("change the archive's settings");
        model.addAttribute("enabled", settings.enabled());
        model.addAttribute("saved", saved != null);
        model.addAttribute("cacheMegabytes", cache.sizeInBytes() / (1024 * 1024));
        model.addAttribute("returnTo", request.getRequestURI());
        return "downloads/admin";
    }

    @PostMapping(PATH)
    String update(Viewer viewer, @RequestParam(defaultValue = "false") boolean enabled) {
        if (!viewer.admin()) throw new ForbiddenException("change the archive's settings");
        settings.setEnabled(enabled);
        return "redirect:" + PATH + "?saved";
    }
}
