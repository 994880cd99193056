package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A comment's own page ({@code /comments/{id}}, AO3's permalink): the comment with every reply below it. Its author
 * and the work's creators see it there while it awaits approval. A guest asking for one on a work for registered
 * users only is asked to log in, as the work itself asks.
 */
@Controller
class CommentThreadController {

    private final CommentAccess access;
    private final CommentThreads threads;
    private final CommentLocations locations;

    CommentThreadController(CommentAccess access, CommentThreads threads, CommentLocations locations) {
        this.access = access;
        this.threads = threads;
        this.locations = locations;
    }

    @GetMapping("/comments/{id}")
    String show(@PathVariable long id, Viewer viewer, HttpServletRequest request, Model model) {
        Comment row = access.row(id);
        if (access.requiresLogin(row.workId(), viewer)) {
            model.addAttribute("returnTo", request.getRequestURI());
            return "works/restricted";
        }
        var found = access.comment(id, viewer);
        var target = found.target();
        Comment comment = found.comment();
        Chapter chapter = target.chapter(comment.chapterId());
        boolean chaptered = target.chapters().stream().filter(Chapter::posted).count() > 1;
        model.addAttribute("view", target.view());
        model.addAttribute("chapter", chaptered ? chapter : null);
        model.addAttribute("comment", threads.below(target, comment));
        model.addAttribute("unreviewed", comment.unreviewed());
        model.addAttribute(
                "allComments",
                comment.unreviewed()
                        ? locations.comments(target, chapter.id(), false)
                        : locations.of(target, comment, false));
        return "community/comment_show";
    }
}
