package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.accounts.ReturnPaths;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leaving kudos ("Kudos ♥" on a work page, back to that page with AO3's message) and the full list of who left
 * kudos ({@code /works/{id}/kudos}).
 */
@Controller
class KudosController {

    static final int PER_PAGE = KudosService.SHOWN;

    private final WorkReader reader;
    private final KudosService kudos;

    KudosController(WorkReader reader, KudosService kudos) {
        this.reader = reader;
        this.kudos = kudos;
    }

    @PostMapping("/works/{id}/kudos")
    String leave(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            HttpServletRequest request,
            RedirectAttributes flash) {
        WorkView view = visible(id, viewer);
        try {
            kudos.leave(view, viewer, request.getRemoteAddr());
            flash.addFlashAttribute(FeedbackRequest.KUDOS_NOTICE, "Thank you for leaving kudos!");
        } catch (KudosService.KudosRefused e) {
            flash.addFlashAttribute(FeedbackRequest.KUDOS_ERROR, e.getMessage());
        }
        String back = ReturnPaths.isLocal(returnTo) ? returnTo : view.work().url();
        return "redirect:" + back + "#kudos_message";
    }

    @GetMapping("/works/{id}/kudos")
    String list(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        WorkView view = visible(id, viewer);
        KudosList all = kudos.list(id);
        int number = Paged.pageNumber(page);
        model.addAttribute("view", view);
        model.addAttribute("kudos", all);
        model.addAttribute(
                "users",
                new Paged<>(kudos.logins(id, (number - 1) * PER_PAGE, PER_PAGE), all.users(), number, PER_PAGE));
        return "community/kudos_index";
    }

    private WorkView visible(long id, Viewer viewer) {
        return reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
    }
}
