package org.fanfold.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link PageContext} to every page's model as {@code page}. */
@ControllerAdvice
class PageModelAdvice {

    private final FanfoldProperties props;
    private final GreetingLinks greeting;
    private final SiteMenus menus;

    PageModelAdvice(FanfoldProperties props, GreetingLinks greeting, SiteMenus menus) {
        this.props = props;
        this.greeting = greeting;
        this.menus = menus;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI();
        if (request.getQueryString() != null) path += "?" + request.getQueryString();
        Viewer viewer = currentViewer();
        return new PageContext(
                props.name(),
                viewer,
                () -> csrf == null ? null : csrf.getToken(),
                path,
                () -> greeting.links(viewer),
                menus::menus);
    }

    /** The viewer of the current request, from the security context; a guest when nobody is signed in. */
    static Viewer currentViewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ViewerPrincipal p) return p.viewer();
        return Viewer.GUEST;
    }
}
