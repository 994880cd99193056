package org.fanfold.search.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes and closes {@link OpenSearchClient}s over Apache HttpClient 5 with the Jackson 3 mapper. */
final class Clients {

    private static final Logger log = LoggerFactory.getLogger(Clients.class);

    private Clients() {}

    /**
     * A client for {@code url}: scheme, host and port (default 9200), an optional path prefix, and optional
     * {@code user:password} sent as basic authentication.
     *
     * @throws IllegalArgumentException when the URL is not an http(s) URL with a host
     */
    static OpenSearchClient create(URI url) {
        String scheme = url.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + redacted(url));
        }
        int port = url.getPort() == -1 ? 9200 : url.getPort();
        var builder = ApacheHttpClient5TransportBuilder.builder(new HttpHost(scheme.toLowerCase(), url.getHost(), port))
                .setMapper(new JacksonJsonpMapper());
        String path = url.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) builder.setPathPrefix(path);
        if (url.getRawUserInfo() != null) {
            String userInfo = URLDecoder.decode(url.getRawUserInfo(), StandardCharsets.UTF_8);
            String basic = Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)});
        }
        return new OpenSearchClient(builder.build());
    }

    static void close(OpenSearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            log.warn("Closing the OpenSearch client failed: {}", e.toString());
        }
    }

    /** The URL without its password, for messages. */
    static String redacted(URI url) {
        if (url.getRawUserInfo() == null) return url.toString();
        return url.toString().replace(url.getRawUserInfo() + "@", "***@");
    }
}
