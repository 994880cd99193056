package org.fanfold.shared;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URLs pages give for the site's stylesheet, script and images: with a hash of the file's content in the name
 * ({@code /css/fanfold-3f2a….css}), so a browser keeps them for a year (application.properties:
 * {@code spring.web.resources.*}) and still fetches the new file the day it changes. Templates call
 * {@link #url(String)} ({@code @import org.fanfold.shared.Assets}, then {@code ${Assets.url("/css/fanfold.css")}});
 * outside the web application (a template rendered alone) the path is given as it is.
 */
@Component
public final class Assets {

    private static volatile UnaryOperator<String> versioned = UnaryOperator.identity();

    Assets(ObjectProvider<ResourceUrlProvider> provider) {
        ResourceUrlProvider urls =
                provider.getIfAvailable(); // none in the command line's contexts, which serve nothing
        if (urls == null) return;
        versioned = path -> {
            @Nullable String url = urls.getForLookupPath(path);
            return url == null ? path : url;
        };
    }

    /** The URL to give for the static file at {@code path} ("/css/fanfold.css"). */
    public static String url(String path) {
        return versioned.apply(path);
    }
}
