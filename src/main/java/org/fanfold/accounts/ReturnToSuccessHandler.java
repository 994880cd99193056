package org.fanfold.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login, go back to the page that asked for it: the form's {@code return_to} when it is a path on this site
 * (never another site: no open redirects), else the request that needed a login, else the front page.
 */
class ReturnToSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        String returnTo = request.getParameter("return_to");
        if (ReturnPaths.isLocal(returnTo)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, returnTo);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
