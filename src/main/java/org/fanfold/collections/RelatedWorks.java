package org.fanfold.collections;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Languages;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related works as AO3 keeps them: a work's creator says what inspired it or what it translates — a work here (by
 * its URL) or elsewhere — and the link shows on their work at once; the parent's creator approves it before it shows
 * on the parent, and may take that approval back. A link to one's own work is approved at once. Each call is one
 * transaction. Thread-safe.
 */
@Service
class RelatedWorks {

    static final int URL_MAX = 2_000;
    static final int TITLE_MAX = 255;
    static final int AUTHOR_MAX = 255;

    /** A work's path on this site: {@code /works/123}, maybe followed by a chapter, query or anchor. */
    private static final Pattern WORK_PATH = Pattern.compile("/works/(\\d{1,18})(?:[/?#].*)?");

    private final RelatedWorkStore store;
    private final WorkReader reader;
    private final Clock clock;

    RelatedWorks(RelatedWorkStore store, WorkReader reader, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Links {@code workId} (the viewer's work) to the parent the form names.
     *
     * @param siteBase this site's address as readers reach it ({@code https://host}), so full URLs of works here
     *     are recognized as such
     * @throws CollectionRejected when the form has mistakes; nothing is written
     */
    @Transactional
    RelatedWork add(long workId, Viewer viewer, RelatedWorkForm form, String siteBase) {
        ownWork(workId, viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        Long parentId = null;
        boolean reciprocal = false;
        String url = form.url();
        Long local = localWorkId(url, siteBase);
        if (url.isEmpty()) {
            errors.put("url", "Please enter the URL of the work yours is related to.");
        } else if (local != null) {
            WorkView parent = reader.view(local, viewer).orElse(null);
            if (parent == null) errors.put("url", "We couldn't find a work at " + url + ".");
            else if (local == workId) errors.put("url", "A work can't be related to itself.");
            else if (store.linksTo(workId, local)) errors.put("url", "Your work is already related to that work.");
            else {
                parentId = local;
                reciprocal = parent.isCreator(viewer.userId());
            }
        } else {
            checkExternal(form, errors);
            if (errors.isEmpty() && store.linksTo(workId, url))
                errors.put("url", "Your work is already related to that work.");
        }
        if (!errors.isEmpty()) throw new CollectionRejected(errors);
        boolean external = parentId == null;
        long id = store.insert(
                workId,
                parentId,
                external ? url : null,
                external ? form.title() : "",
                external ? form.author() : "",
                external ? form.language() : "",
                form.translation(),
                reciprocal,
                clock.millis());
        return store.find(id).orElseThrow();
    }

    RelatedWork find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("related work " + id));
    }

    /** The child's creator takes the link away. */
    @Transactional
    void delete(RelatedWork link, Viewer viewer) {
        ownWork(link.workId(), viewer);
        store.delete(link.id());
    }

    /** The parent's creator shows the link on their work ({@code approved}) or stops showing it. */
    @Transactional
    void approve(RelatedWork link, Viewer viewer, boolean approved) {
        if (link.parentWorkId() == null) throw new NotFoundException("related work " + link.id());
        ownWork(link.parentWorkId(), viewer);
        store.setReciprocal(link.id(), approved);
    }

    /** The work's id when {@code url} is a work on this site (root-relative or under {@code siteBase}). */
    static @Nullable Long localWorkId(String url, String siteBase) {
        String path = url;
        if (!siteBase.isEmpty() && url.regionMatches(true, 0, siteBase, 0, siteBase.length()))
            path = url.substring(siteBase.length());
        else if (!url.startsWith("/") || url.startsWith("//")) return null;
        Matcher m = WORK_PATH.matcher(path);
        return m.matches() ? Long.parseLong(m.group(1)) : null;
    }

    private static void checkExternal(RelatedWorkForm form, Map<String, String> errors) {
        String url = form.url();
        if (url.length() > URL_MAX) {
            errors.put("url", "The URL must be at most 2,000 characters long.");
        } else if (!isWebAddress(url)) {
            errors.put("url", "Please enter a web address starting with http:// or https://, or a work's URL here.");
        }
        if (form.title().isEmpty()) errors.put("title", "Please enter the title of the work yours is related to.");
        else if (form.title().length() > TITLE_MAX)
            errors.put("title", "The title must be at most " + TITLE_MAX + " characters long.");
        if (form.author().isEmpty()) errors.put("author", "Please enter the name of its creator.");
        else if (form.author().length() > AUTHOR_MAX)
            errors.put("author", "The creator's name must be at most " + AUTHOR_MAX + " characters long.");
        if (!form.language().isEmpty() && !Languages.known(form.language()))
            errors.put("language", "Please choose a language from the list.");
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private WorkView ownWork(long workId, Viewer viewer) {
        WorkView work = reader.view(workId, viewer).orElseThrow(() -> new NotFoundException("work " + workId));
        if (!work.isCreator(viewer.userId())) throw new ForbiddenException("change the related works of this work");
        return work;
    }
}
