package org.fanfold.importing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form for the same import the CLI runs: story files in (several at once: plain text, AO3 HTML and EPUB
 * downloads, other EPUBs), a line per file out.
 */
@Controller
class ImportController {

    private final ImportService imports;
    private final Accounts accounts;

    ImportController(ImportService imports, Accounts accounts) {
        this.imports = imports;
        this.accounts = accounts;
    }

    /** The form; again with HTTP 413 and the limit when an upload was too large ({@link UploadLimit}). */
    @GetMapping("/works/import")
    String form(Model model, HttpServletRequest request, HttpServletResponse response) {
        String tooLarge = UploadLimit.message(request);
        if (tooLarge != null) response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("fandom", "");
        model.addAttribute("onBehalf", false);
        model.addAttribute("results", List.of());
        model.addAttribute("error", tooLarge);
        return "importing/upload";
    }

    @PostMapping("/works/import")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String fandom,
            @RequestParam(defaultValue = "false") boolean onBehalf,
            Viewer viewer,
            Model model)
            throws IOException {
        model.addAttribute("fandom", fandom);
        model.addAttribute("onBehalf", onBehalf);
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("results", List.of());
            model.addAttribute("error", "Please choose at least one story file.");
            return "importing/upload";
        }
        User me = accounts.byId(viewer.userId()).orElseThrow();
        var options = new ImportService.Options(me, fandom.isBlank() ? null : fandom.strip(), onBehalf);
        List<ImportService.Result> results = new ArrayList<>();
        for (MultipartFile f : chosen) {
            String name = fileName(f.getOriginalFilename());
            results.add(imports.importFile(name, f.getBytes(), options));
        }
        model.addAttribute("results", results);
        model.addAttribute("error", null);
        return "importing/upload";
    }

    /** The name the browser gave, without any folders (some send the whole path); "upload" when it gave none. */
    private static String fileName(@Nullable String original) {
        if (original == null || original.isBlank()) return "upload";
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }
}
