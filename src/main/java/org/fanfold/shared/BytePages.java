package org.fanfold.shared;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages rendered into UTF-8 bytes, then written in one piece with their length. jte's own view writes through the
 * response's writer: every piece of a page is encoded and passed through the wrappers around the response as it is
 * rendered, and a page that fails half-way has already sent its first half. Here the templates' static text is
 * bytes from compile time ({@code binaryStaticContent} in the build), a page is complete before anything is sent,
 * and a failure becomes the error page.
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

        /** A listing page is about 100 KB; most pages fit in the first chunk. */
        private static final int CHUNK = 16 * 1024;

        private final TemplateEngine templates;

        View(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput page = new Utf8ByteOutput(CHUNK);
            templates.render(getUrl(), model, page);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.getContentLength());
            page.writeTo(response.getOutputStream());
        }
    }
}
