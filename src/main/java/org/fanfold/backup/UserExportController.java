package org.fanfold.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.SiteUrl;
import org.fanfold.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Download my works and bookmarks" on the preferences page: {@code POST /users/{login}/export} answers a zip
 * ({@link UserExport}) streamed as it is made. The account's owner only; a POST, so it carries the CSRF token.
 */
@Controller
class UserExportController {

    private final Accounts accounts;
    private final UserExport export;
    private final Clock clock;
    private final String siteUrl;

    UserExportController(
            Accounts accounts, UserExport export, Clock clock, @Value("${fanfold.site-url:}") String siteUrl) {
        this.accounts = accounts;
        this.export = export;
        this.clock = clock;
        this.siteUrl = SiteUrl.check(siteUrl);
    }

    @PostMapping("/users/{login}/export")
    void export(@PathVariable String login, Viewer viewer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("download someone else's works and bookmarks");
        String name =
                user.login() + "-works-and-bookmarks-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        export.write(user, viewer, siteUrl(request), response.getOutputStream());
    }

    /** The archive's address: {@code fanfold.site-url} when set, else the one this request came in on. */
    private String siteUrl(HttpServletRequest request) {
        if (!siteUrl.isEmpty()) return siteUrl;
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
