package org.fanfold.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Uploads too large for the archive ({@code spring.servlet.multipart.max-file-size} a file, {@code
 * max-request-size} a form) on the import forms ({@code /works/import}, {@code /admin/imports/efiction}): the form
 * comes back with HTTP 413 and a message naming the limit, instead of an error page.
 *
 * <p>Why a filter, before Spring Security: the server stops reading such a body at the limit, so none of its
 * fields can be read, the form's CSRF token included, and the CSRF check would refuse the request (403) before any
 * controller or exception handler saw it. So the body is read here first; when it is too large, the request goes
 * on as the form's GET (nothing is written, so no token is needed), marked with {@link #ATTRIBUTE}, and the form's
 * handler shows it with the message. What was typed into the form can't be kept: it was in the body.
 */
public final class UploadLimit {

    /** The request attribute holding the message for the form (a String), set only when an upload was too large. */
    public static final String ATTRIBUTE = UploadLimit.class.getName() + ".tooLarge";

    private UploadLimit() {}

    /** The message for a form, when its upload was too large; null otherwise. */
    public static @Nullable String message(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String s ? s : null;
    }

    /** "20 MB", "512 KB": a size as people read it. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return size.toMegabytes() + " MB";
        if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        if (bytes >= 1024) return size.toKilobytes() + " KB";
        return bytes + " bytes";
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<Filter> uploadLimitFilter(
                @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
            var registration = new FilterRegistrationBean<>(new Filter(maxFile, maxRequest));
            registration.addUrlPatterns("/works/import", "/admin/imports/efiction");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
            return registration;
        }
    }

    /** Reads a multipart POST's parts ahead of the security filters, and turns one over the limits into a GET. */
    static final class Filter extends OncePerRequestFilter {

        private final DataSize maxFile;
        private final DataSize maxRequest;

        Filter(DataSize maxFile, DataSize maxRequest) {
            this.maxFile = maxFile;
            this.maxRequest = maxRequest;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contentType = request.getContentType();
            if (!request.getMethod().equals("POST")
                    || contentType == null
                    || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                chain.doFilter(request, response);
                return;
            }
            String message = tooLarge(request);
            if (message == null) {
                chain.doFilter(request, response);
                return;
            }
            request.setAttribute(ATTRIBUTE, message);
            chain.doFilter(new AsForm(request), response);
        }

        /** Why the upload is too large, or null when it is not. */
        private @Nullable String tooLarge(HttpServletRequest request) throws IOException, ServletException {
            String whole = "The files together are larger than the " + readable(maxRequest)
                    + " this archive accepts in one upload.";
            String one = "The file is larger than the " + readable(maxFile) + " this archive accepts.";
            if (maxRequest.toBytes() >= 0 && request.getContentLengthLong() > maxRequest.toBytes()) return whole;
            try {
                long total = 0;
                for (Part part : request.getParts()) {
                    if (maxFile.toBytes() >= 0 && part.getSize() > maxFile.toBytes()) return one;
                    total += part.getSize();
                }
                return maxRequest.toBytes() >= 0 && total > maxRequest.toBytes() ? whole : null;
            } catch (IllegalStateException e) {
                // The server stopped at a limit (Tomcat wraps FileUpload's size exceptions so).
                // Anything else (too many parts, a malformed body) goes on to be refused as before.
                return sizeLimit(e) ? (perFile(e) ? one : whole) : null;
            }
        }

        private static boolean sizeLimit(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                        || t.getClass().getSimpleName().contains("SizeException")
                        || t.getClass().getSimpleName().contains("ByteCountLimit")) return true;
            }
            return false;
        }

        private static boolean perFile(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String name = t.getClass().getSimpleName();
                if (name.contains("FileSize") || name.contains("ByteCountLimit")) return true;
            }
            return false;
        }
    }

    /** The request as the form's GET: no body, no multipart content type. */
    private static final class AsForm extends HttpServletRequestWrapper {

        AsForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return name.equalsIgnoreCase("Content-Type") ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Content-Type") ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
