package org.fanfold.downloads.book;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.Chapter;
import org.fanfold.works.SeriesPart;
import org.fanfold.works.Work;
import org.fanfold.works.WorkView;

/**
 * A work as one viewer may download it (the chapters they may read) and where it lives, from which a {@link Book}
 * is built.
 *
 * @param siteUrl the archive's address without a trailing slash ({@code https://example.org}), for the absolute
 *     links a file taken elsewhere needs
 */
public record BookSource(WorkView view, List<Chapter> chapters, String siteName, String siteUrl) {

    /**
     * The version of what the writers make from the same source. Raise it whenever a change to the templates,
     * styles or writers changes the files, so the cache does not keep serving files made by older code.
     */
    public static final int OUTPUT_REVISION = 1;

    public String workUrl() {
        return siteUrl + view.work().url();
    }

    /**
     * A digest of everything a file in {@code format} shows, and nothing else: any edit to the work's text,
     * metadata, tags, creators, series or chapters, and any change of the address or name of the site, gives a
     * new fingerprint. Counters that change on every visit (hits, kudos) are left out, since files do not show
     * them.
     */
    public String fingerprint(DownloadFormat format) {
        MessageDigest digest = sha256();
        Fields f = new Fields(digest);
        f.add(OUTPUT_REVISION).add(format.name()).add(siteName).add(siteUrl);
        Work w = view.work();
        f.add(w.id())
                .add(w.title())
                .add(w.summary())
                .add(w.notes())
                .add(w.endNotes())
                .add(w.language());
        f.add(w.expectedChapters() == null ? -1 : w.expectedChapters()).add(w.posted() ? 1 : 0);
        f.add(w.wordCount()).add(w.chapterCount()).add(String.valueOf(w.importedAuthor()));
        f.add(w.publishedAt() == null ? -1 : w.publishedAt()).add(w.updatedAt());
        for (Pseud p : view.creators()) f.add(p.id()).add(p.name()).add(p.login());
        for (Map.Entry<TagType, List<Tag>> e : view.tags().entrySet()) {
            for (Tag t : e.getValue()) f.add(e.getKey().name()).add(t.id()).add(t.name());
        }
        for (SeriesPart s : view.series()) f.add(s.seriesId()).add(s.title()).add(s.position());
        for (Chapter c : chapters) {
            f.add(c.id())
                    .add(c.position())
                    .add(c.title())
                    .add(c.summary())
                    .add(c.notes())
                    .add(c.endNotes());
            f.add(c.body()).add(c.posted() ? 1 : 0).add(c.updatedAt());
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds values with their lengths, so ("ab", "c") and ("a", "bc") differ. */
    private record Fields(MessageDigest digest) {
        Fields add(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            add(bytes.length);
            digest.update(bytes);
            return this;
        }

        Fields add(long n) {
            for (int i = 7; i >= 0; i--) digest.update((byte) (n >>> (8 * i)));
            return this;
        }
    }
}
