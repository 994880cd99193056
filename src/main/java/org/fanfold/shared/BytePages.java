package org.fanfold.shared;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages rendered into UTF-8 bytes, then written in one piece with their length. jte's own view writes through the
 * response's writer: every piece of a page is encoded and passed through the wrappers around the response as it is
 * rendered, and a page that fails half-way has already sent its first half. Here the templates' static text is
 * bytes from compile time ({@code binaryStaticContent} in the build), a page is complete before anything is sent,
 * and a failure becomes the error page. A browser that accepts gzip gets the page gzipped in one go, quickly
 * ({@link FastGzip}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BytePages {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new View(templates);
            }
        };
    }

    static final class View extends JteView {

        /** The room this view's first page starts with; a listing of 20 blurbs is about 100 KB. */
        private static final int START = 64 * 1024;

        /** The least and the most room a page starts with. */
        private static final int LEAST = 8 * 1024, MOST = 1024 * 1024;

        private final TemplateEngine templates;

        /**
         * The room the next page starts with: an eighth more than this view's last page took, so pages of one view
         * (which are much of a size) are seldom copied to grow, and small ones take no more than they need.
         */
        private volatile int room = START;

        View(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            PageOutput page = new PageOutput(room);
            templates.render(getUrl(), model, page);
            room = Math.clamp(page.size() + page.size() / 8L, LEAST, MOST);
            response.setContentType("text/html;charset=UTF-8");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (page.size() < GZIP_FROM || !acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
                response.setContentLength(page.size());
                page.writeTo(response.getOutputStream());
                return;
            }
            var zipped = new ByteArrayOutputStream(page.size() / 4);
            try (OutputStream gzip = new FastGzip(zipped)) {
                page.writeTo(gzip);
            }
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip"); // Tomcat leaves an encoded answer be
            response.setContentLength(zipped.size());
            zipped.writeTo(response.getOutputStream());
        }
    }

    /** Pages smaller than this go as they are (Tomcat's own threshold for compressing). */
    static final int GZIP_FROM = 2048;

    /** Whether an {@code Accept-Encoding} header lists gzip with a quality above zero. */
    static boolean acceptsGzip(Enumeration<String> headers) {
        while (headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                if (!parts[0].strip().equalsIgnoreCase("gzip")) continue;
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (p.startsWith("q=")) refused = p.substring(2).strip().matches("0(\\.0{0,3})?");
                }
                if (!refused) return true;
            }
        }
        return false;
    }

    /**
     * gzip at zlib's level 2: a 106 KB listing page is 17.7 KB in 0.6 ms, where the default level (Tomcat's, 6)
     * makes 15.2 KB in 1.9 ms, and Tomcat compressing the page piece by piece as it was written took 2–4 ms more
     * per page.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws java.io.IOException {
            super(out, 16 * 1024);
            def.setLevel(2);
        }
    }
}
