package org.fanfold.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns the shared exceptions into the archive's error pages with the right status. */
@ControllerAdvice
class ErrorPages {

    private final PageModelAdvice pages;

    ErrorPages(PageModelAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(
                request,
                response,
                model,
                404,
                "Page not found",
                "We couldn't find what you were looking for. It may have been deleted, or it may not be visible to you.");
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(
                request,
                response,
                model,
                403,
                "Not allowed",
                "Sorry, you don't have permission to " + e.getMessage() + ".");
    }

    private String render(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            int status,
            String title,
            String message) {
        response.setStatus(status);
        model.addAttribute("page", pages.page(request));
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "error";
    }
}
