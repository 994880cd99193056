package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Feeds as HTTP answers that readers can poll cheaply: an ETag (a digest of the document) and Last-Modified (the
 * feed's updated time), so a reader asking again with {@code If-None-Match} or {@code If-Modified-Since} gets
 * {@code 304 Not Modified} (Spring answers that from these headers), and a short {@code Cache-Control}.
 */
final class FeedResponses {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /** Atom feeds show what a guest sees, so shared caches may keep them for a few minutes. */
    static final CacheControl PUBLIC =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    /** OPDS feeds follow the signed-in reader (restricted works, their bookmarks): their own client caches only. */
    static final CacheControl PRIVATE =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();

    private FeedResponses() {}

    /**
     * The feed written as Atom 1.0 in UTF-8, its text exactly as given (ROME's own output collapses whitespace,
     * which would run a summary's paragraphs together), with the namespaces of its extension elements
     * ({@code dc:}, {@code opensearch:}) declared once on the root as OPDS catalogs write them.
     */
    static byte[] write(Feed feed) {
        feed.setFeedType("atom_1.0");
        feed.setEncoding("UTF-8");
        try {
            Document xml = new WireFeedOutput().outputJDom(feed);
            Element root = xml.getRootElement();
            // ROME declares its modules' namespaces, Dublin Core elements as dc: among them, where OPDS uses dc:
            // for DC terms: keep only those in use
            Set<Namespace> used = new LinkedHashSet<>();
            for (Element e : root.getDescendants(Filters.element())) {
                if (!e.getNamespace().equals(root.getNamespace())) used.add(e.getNamespace());
            }
            for (Namespace declared : List.copyOf(root.getAdditionalNamespaces())) {
                if (!used.contains(declared)) root.removeNamespaceDeclaration(declared);
            }
            used.forEach(root::addNamespaceDeclaration);
            return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8"))
                    .outputString(xml)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed " + feed.getId(), e);
        }
    }

    static ResponseEntity<byte[]> of(Feed feed, MediaType type, CacheControl cache) {
        Date updated = feed.getUpdated();
        return of(write(feed), type, cache, updated == null ? 0 : updated.getTime());
    }

    static ResponseEntity<byte[]> of(byte[] body, MediaType type, CacheControl cache, long lastModified) {
        var answer = ResponseEntity.ok().contentType(type).cacheControl(cache).eTag(etag(body));
        if (lastModified > 0) answer.lastModified(lastModified);
        return answer.body(body);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
