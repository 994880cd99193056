package org.fanfold.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managing pseuds at AO3's URLs: the list ({@code /users/{login}/pseuds}), new, edit and delete (the owner only),
 * and the icons ({@code /pseud_icons/{id}}). A pseud's own page with its works is the works module's.
 */
@Controller
class PseudController {

    private final Accounts accounts;
    private final PseudEditor editor;
    private final PseudIcons icons;
    private final UserNav userNav;

    PseudController(Accounts accounts, PseudEditor editor, PseudIcons icons, UserNav userNav) {
        this.accounts = accounts;
        this.editor = editor;
        this.icons = icons;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/pseuds")
    String index(@PathVariable String login, Viewer viewer, Model model) {
        User user = user(login);
        model.addAttribute("user", user);
        model.addAttribute("pseuds", accounts.pseuds(user.id()));
        model.addAttribute("own", viewer.is(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "accounts/pseuds";
    }

    @GetMapping("/users/{login}/pseuds/new")
    String newPseud(@PathVariable String login, Viewer viewer, Model model) {
        return form(model, own(login, viewer), null, PseudForm.blank(), Map.of());
    }

    @PostMapping("/users/{login}/pseuds")
    String create(
            @PathVariable String login,
            @ModelAttribute PseudForm form,
            @RequestParam(name = "icon", required = false) @Nullable MultipartFile icon,
            Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        User user = own(login, viewer);
        Pseud created;
        try {
            created = editor.create(user, form, bytes(icon));
        } catch (AccountException e) {
            response.setStatus(422);
            return form(model, user, null, form, e.errors());
        }
        redirect.addFlashAttribute("flash", "Pseud was successfully created.");
        return "redirect:" + created.url();
    }

    @GetMapping("/users/{login}/pseuds/{pseud}/edit")
    String edit(@PathVariable String login, @PathVariable String pseud, Viewer viewer, Model model) {
        User user = own(login, viewer);
        Pseud editing = pseud(login, pseud);
        return form(model, user, editing, PseudForm.of(editing), Map.of());
    }

    @PostMapping("/users/{login}/pseuds/{pseud}")
    String update(
            @PathVariable String login,
            @PathVariable String pseud,
            @ModelAttribute PseudForm form,
            @RequestParam(name = "icon", required = false) @Nullable MultipartFile icon,
            Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        User user = own(login, viewer);
        Pseud editing = pseud(login, pseud);
        Pseud updated;
        try {
            updated = editor.update(editing, form, bytes(icon));
        } catch (AccountException e) {
            response.setStatus(422);
            return form(model, user, editing, form, e.errors());
        }
        redirect.addFlashAttribute("flash", "Pseud was successfully updated.");
        return "redirect:" + updated.url();
    }

    @GetMapping("/users/{login}/pseuds/{pseud}/delete")
    String confirmDelete(@PathVariable String login, @PathVariable String pseud, Viewer viewer, Model model) {
        User user = own(login, viewer);
        Pseud deleting = pseud(login, pseud);
        model.addAttribute("user", user);
        model.addAttribute("pseud", deleting);
        model.addAttribute("fallback", accounts.defaultPseud(user.id()));
        model.addAttribute("refusal", PseudEditor.deletionRefusal(deleting));
        return "accounts/pseud_delete";
    }

    @PostMapping("/users/{login}/pseuds/{pseud}/delete")
    String delete(
            @PathVariable String login,
            @PathVariable String pseud,
            Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        User user = own(login, viewer);
        Pseud deleting = pseud(login, pseud);
        try {
            editor.delete(deleting);
        } catch (AccountException e) {
            response.setStatus(422);
            model.addAttribute("user", user);
            model.addAttribute("pseud", deleting);
            model.addAttribute("fallback", accounts.defaultPseud(user.id()));
            model.addAttribute("refusal", e.errors().get("pseud"));
            return "accounts/pseud_delete";
        }
        redirect.addFlashAttribute("flash", "The pseud was successfully deleted.");
        return "redirect:/users/" + user.login() + "/pseuds";
    }

    /** A pseud's icon, with its own type; its URL carries a version, so it may be cached for good. */
    @GetMapping("/pseud_icons/{id}")
    ResponseEntity<Resource> icon(@PathVariable long id) {
        Pseud pseud = accounts.pseudsByIds(List.of(id)).get(id);
        if (pseud == null || pseud.iconType() == null) throw new NotFoundException("icon " + id);
        PseudIcons.Type type =
                PseudIcons.Type.ofMediaType(pseud.iconType()).orElseThrow(() -> new NotFoundException("icon " + id));
        var file = icons.find(id, type).orElseThrow(() -> new NotFoundException("icon " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.mediaType))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .body(new FileSystemResource(file));
    }

    private String form(Model model, User user, @Nullable Pseud editing, PseudForm form, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accounts/pseud_form";
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private User own(String login, Viewer viewer) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("change someone else's pseuds");
        return user;
    }

    private Pseud pseud(String login, String name) {
        return accounts.pseud(login, name).orElseThrow(() -> new NotFoundException("pseud " + name));
    }

    private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) return null;
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded icon", e);
        }
    }
}
