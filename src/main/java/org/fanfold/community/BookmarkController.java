package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One bookmark: AO3's {@code /works/{id}/bookmarks/new} and {@code /series/{id}/bookmarks/new} (the form; someone
 * who has bookmarked the item already gets their bookmark's edit form), creating it, {@code /bookmarks/{id}},
 * {@code /bookmarks/{id}/edit} and deleting it with confirmation. A form with mistakes comes back (422) with
 * everything typed still in it.
 */
@Controller
class BookmarkController {

    private final BookmarkService service;
    private final BookmarkListings listings;
    private final Accounts accounts;

    BookmarkController(BookmarkService service, BookmarkListings listings, Accounts accounts) {
        this.service = service;
        this.listings = listings;
        this.accounts = accounts;
    }

    @GetMapping("/works/{id}/bookmarks/new")
    String newWorkBookmark(@PathVariable long id, Viewer viewer, Model model) {
        return newBookmark(BookmarkItem.Kind.WORK, id, viewer, model);
    }

    @GetMapping("/series/{id}/bookmarks/new")
    String newSeriesBookmark(@PathVariable long id, Viewer viewer, Model model) {
        return newBookmark(BookmarkItem.Kind.SERIES, id, viewer, model);
    }

    @PostMapping("/works/{id}/bookmarks")
    String createWorkBookmark(
            @PathVariable long id,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        return create(BookmarkItem.Kind.WORK, id, viewer, request, response, model, flash);
    }

    @PostMapping("/series/{id}/bookmarks")
    String createSeriesBookmark(
            @PathVariable long id,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        return create(BookmarkItem.Kind.SERIES, id, viewer, request, response, model, flash);
    }

    @GetMapping("/bookmarks/{id}")
    String show(@PathVariable long id, Viewer viewer, Model model) {
        BookmarkBlurb blurb = listings.one(id, viewer).orElseThrow(() -> new NotFoundException("bookmark " + id));
        model.addAttribute("blurb", blurb);
        return "community/bookmark_show";
    }

    @GetMapping("/bookmarks/{id}/edit")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        BookmarkBlurb blurb = ownBlurb(id, viewer);
        return form(model, viewer, blurb.item(), BookmarkForm.of(blurb), Map.of(), blurb.bookmark());
    }

    @PostMapping("/bookmarks/{id}")
    String update(
            @PathVariable long id,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        BookmarkBlurb blurb = ownBlurb(id, viewer);
        BookmarkForm form = BookmarkForm.parse(request.getParameterMap());
        try {
            service.update(id, viewer, form);
        } catch (BookmarkRejected e) {
            response.setStatus(422);
            return form(model, viewer, blurb.item(), form, e.errors(), blurb.bookmark());
        }
        flash.addFlashAttribute("flash", "Bookmark was successfully updated.");
        return "redirect:/bookmarks/" + id;
    }

    @GetMapping("/bookmarks/{id}/delete")
    String confirmDelete(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("blurb", ownBlurb(id, viewer));
        return "community/bookmark_delete";
    }

    @PostMapping("/bookmarks/{id}/delete")
    String delete(@PathVariable long id, Viewer viewer, RedirectAttributes flash) {
        service.delete(id, viewer);
        flash.addFlashAttribute("flash", "Bookmark was successfully deleted.");
        return "redirect:/users/" + viewer.login() + "/bookmarks";
    }

    private String newBookmark(BookmarkItem.Kind kind, long id, Viewer viewer, Model model) {
        var existing = listings.ownOf(viewer, kind, id);
        if (existing.isPresent()) return "redirect:/bookmarks/" + existing.get().id() + "/edit";
        return form(model, viewer, item(kind, id, viewer), BookmarkForm.blank(), Map.of(), null);
    }

    private String create(
            BookmarkItem.Kind kind,
            long id,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        BookmarkItem item = item(kind, id, viewer);
        BookmarkForm form = BookmarkForm.parse(request.getParameterMap());
        long bookmarkId;
        try {
            bookmarkId = service.create(viewer, kind, id, form);
        } catch (BookmarkRejected e) {
            response.setStatus(422);
            return form(model, viewer, item, form, e.errors(), null);
        }
        flash.addFlashAttribute("flash", "Bookmark was successfully created.");
        return "redirect:/bookmarks/" + bookmarkId;
    }

    /** The item to bookmark, if the viewer may bookmark it. */
    private BookmarkItem item(BookmarkItem.Kind kind, long id, Viewer viewer) {
        return service.bookmarkable(kind, id, viewer)
                .orElseThrow(() -> new NotFoundException(kind.dbName() + " " + id));
    }

    private BookmarkBlurb ownBlurb(long id, Viewer viewer) {
        Bookmark b = service.own(id, viewer);
        List<BookmarkBlurb> blurbs = listings.blurbs(List.of(b), viewer);
        if (blurbs.isEmpty()) throw new NotFoundException("bookmark " + id);
        return blurbs.getFirst();
    }

    private String form(
            Model model,
            Viewer viewer,
            BookmarkItem item,
            BookmarkForm form,
            Map<String, String> errors,
            @Nullable Bookmark editing) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("pseuds", accounts.pseuds(viewer.userId()));
        return "community/bookmark_form";
    }
}
