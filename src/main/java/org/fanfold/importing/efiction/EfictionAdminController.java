package org.fanfold.importing.efiction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.importing.UploadLimit;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/imports/efiction}: admins upload an eFiction archive (its database dump, and a zip of its story
 * files when it kept them out of the database) and follow its import, which runs in the background, to its report.
 * Guests are asked to log in; other users are refused.
 */
@Controller
@ConditionalOnWebApplication
class EfictionAdminController {

    static final String PATH = "/admin/imports/efiction";

    private final EfictionRunner runner;
    private final Accounts accounts;
    private final DataSize maxFileSize;

    EfictionAdminController(
            EfictionRunner runner,
            Accounts accounts,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.runner = runner;
        this.accounts = accounts;
        this.maxFileSize = maxFileSize;
    }

    /** The form; again with HTTP 413 and the limit when an upload was too large ({@link UploadLimit}). */
    @GetMapping(PATH)
    String form(Viewer viewer, Model model, HttpServletRequest request, HttpServletResponse response) {
        admin(viewer);
        String tooLarge = UploadLimit.message(request);
        if (tooLarge == null) return form(model, "", "", false, Map.of());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return form(
                model,
                "",
                "",
                false,
                Map.of(
                        "dump",
                        tooLarge + " Import a larger archive on the server with"
                                + " ./fanfold import-efiction, or raise the limit (SPRING_SERVLET_MULTIPART_MAX_FILE_SIZE,"
                                + " SPRING_SERVLET_MULTIPART_MAX_REQUEST_SIZE)."));
    }

    @PostMapping(PATH)
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile dump,
            @RequestParam(required = false) @Nullable MultipartFile stories,
            @RequestParam(defaultValue = "") String prefix,
            @RequestParam(defaultValue = "") String fandom,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Viewer viewer,
            Model model,
            HttpServletResponse response)
            throws IOException {
        User admin = admin(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        if (dump == null || dump.isEmpty()) errors.put("dump", "Please choose the archive's database dump (.sql).");
        MultipartFile zip = stories == null || stories.isEmpty() ? null : stories;
        if (zip != null && !EfictionRunner.isZip(zip)) {
            errors.put("stories", "The story files must be one .zip file (of the archive's stories folder).");
        }
        String p = prefix.strip();
        if (!p.matches("[A-Za-z0-9_]*")) {
            errors.put("prefix", "A table prefix has only letters, digits and underscores, like fanfiction_.");
        }
        if (fandom.strip().length() > 150) errors.put("fandom", "A fandom name must be at most 150 characters long.");
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return form(model, prefix, fandom, dryRun, errors);
        }
        EfictionRunner.Upload upload = runner.save(dump, zip);
        long id = runner.start(admin, upload, p.isEmpty() ? null : p, fandom.isBlank() ? null : fandom.strip(), dryRun);
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping(PATH + "/{id}")
    String run(@PathVariable long id, Viewer viewer, Model model, HttpServletResponse response) {
        admin(viewer);
        EfictionRun run = runner.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        if (run.running()) response.setHeader("Refresh", "3");
        model.addAttribute("run", run);
        return "importing/efiction/run";
    }

    private String form(Model model, String prefix, String fandom, boolean dryRun, Map<String, String> errors) {
        model.addAttribute("prefix", prefix);
        model.addAttribute("fandom", fandom);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("errors", errors);
        model.addAttribute("runs", runner.recent());
        model.addAttribute("maxFileSize", maxFileSize.toMegabytes() + " MB");
        return "importing/efiction/form";
    }

    private User admin(Viewer viewer) {
        if (!viewer.admin() || viewer.userId() == null) throw new ForbiddenException("import archives");
        return accounts.byId(viewer.userId()).orElseThrow(() -> new ForbiddenException("import archives"));
    }
}
