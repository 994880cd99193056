package org.fanfold.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.SiteUrl;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * AO3's download URLs: {@code /downloads/{id}/{title}.epub}, {@code .pdf}, {@code .html}. Whoever may read the
 * work may download it, exactly as on the work page: drafts only for their creators, hidden works for admins and
 * creators, restricted works for signed-in users (guests get the work page's "registered users only" answer with a
 * login form). The title in the URL is only a name: any title serves, with AO3's file name in the
 * {@code Content-Disposition}. When an admin has switched downloads off, every download answers 404 saying so.
 */
@Controller
class DownloadController {

    private static final Logger log = LoggerFactory.getLogger(DownloadController.class);

    private final DownloadSettings settings;
    private final WorkReader reader;
    private final Downloads downloads;
    private final String siteUrl;

    DownloadController(
            DownloadSettings settings,
            WorkReader reader,
            Downloads downloads,
            @Value("${fanfold.site-url:}") String siteUrl) {
        this.settings = settings;
        this.reader = reader;
        this.downloads = downloads;
        this.siteUrl = SiteUrl.check(siteUrl);
    }

    @GetMapping("/downloads/{id}/{file}")
    String download(
            @PathVariable String id,
            @PathVariable String file,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (!settings.enabled()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("title", "Downloads are off");
            model.addAttribute("message", "Sorry, downloads are currently disabled.");
            return "error";
        }
        long workId = workId(id);
        int dot = file.lastIndexOf('.');
        DownloadFormat format = DownloadFormat.byExtension(dot < 0 ? "" : file.substring(dot + 1))
                .orElseThrow(() -> new NotFoundException("download format of " + file));
        var found = reader.view(workId, viewer);
        if (found.isEmpty()) {
            if (reader.requiresLogin(workId, viewer)) {
                model.addAttribute("returnTo", request.getRequestURI());
                return "works/restricted";
            }
            throw new NotFoundException("work " + workId);
        }
        WorkView view = found.get();
        List<Chapter> chapters = reader.chapters(view, viewer);
        if (chapters.isEmpty()) throw new NotFoundException("work " + workId);

        Downloads.Request wanted = downloads.request(view, chapters, format, siteUrl(request));
        if (new ServletWebRequest(request, response).checkNotModified("\"" + wanted.fingerprint() + "\"")) {
            return null;
        }
        Downloads.Opened opened;
        try {
            opened = downloads.open(wanted);
        } catch (IOException | RuntimeException e) {
            log.error("Download of work {} as {} failed", workId, format.extension(), e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            model.addAttribute("title", "Download failed");
            model.addAttribute(
                    "message",
                    "We were not able to render this work. Please try again in a little while or try another format.");
            return "error";
        }
        Downloads.File download = opened.file();
        try (InputStream in = opened.in()) {
            response.setContentType(format.contentType());
            response.setContentLengthLong(download.size());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(download.name())
                            .build()
                            .toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
            in.transferTo(response.getOutputStream());
        }
        return null;
    }

    private static long workId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("work " + id);
        }
    }

    /** The archive's address: {@code fanfold.site-url} when set, else the one this request came in on. */
    private String siteUrl(HttpServletRequest request) {
        if (!siteUrl.isEmpty()) return siteUrl;
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
