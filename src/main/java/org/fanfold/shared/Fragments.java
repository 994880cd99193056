package org.fanfold.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.html.HtmlContent;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.time.ZoneId;

/**
 * Pieces of pages kept as the UTF-8 bytes they rendered to, found again by what they show: a template wraps a piece
 * in {@link #cached} with a key that holds everything the piece is made of (a work's blurb: the work's view, which
 * is a record of records, compared field by field). A changed work is a different key, so nothing is ever stale and
 * nothing needs to be told about changes; pieces not asked for lately make room for others. The viewer's time zone
 * is part of every key, since dates are shown in it ({@link Formats#zone()}).
 *
 * <p>A piece is kept from its second showing on. The first renders in place, as if it were not wrapped, so a piece
 * shown once — the sidebar of a reader's own filter, which nobody else will ask for — costs nothing more and takes
 * no room from the pieces that are shown again and again.
 *
 * <p>Rendering a listing's twenty blurbs was a quarter of its page's time; copying their bytes is next to nothing.
 */
public final class Fragments {

    /** About how many bytes the pieces and their keys take at most: 48 MB, or a 16th of the heap's maximum if less. */
    private static final long MAX_WEIGHT =
            Math.min(48L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);

    /** A piece's key and zone, hashed once: a sidebar's key holds every tag it counts. */
    private static final class Key {
        private final Object what;
        private final ZoneId zone;
        private final int hash;

        Key(Object what, ZoneId zone) {
            this.what = what;
            this.zone = zone;
            this.hash = 31 * what.hashCode() + zone.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && zone.equals(k.zone) && what.equals(k.what);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Piece(byte[] html, long keyChars) {}

    private static final Cache<Key, Piece> PIECES = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT)
            .weigher((Key k, Piece p) -> (int) Math.min(Integer.MAX_VALUE, 256 + p.html().length + 2 * p.keyChars()))
            .build();

    /**
     * The hashes of keys shown once and not kept yet, the most recent 100,000. Two keys with one hash only make the
     * second kept a showing sooner.
     */
    private static final Cache<Integer, Boolean> SHOWN_ONCE =
            Caffeine.newBuilder().maximumSize(100_000).build();

    private Fragments() {}

    /**
     * {@code content}, rendered in place the first time it is shown for {@code key}, rendered once more and kept the
     * second time, and copied as bytes after that.
     *
     * @param key everything the content is made of, with value equality (records, strings, lists of them)
     * @param keyChars about how many characters the key holds, for the cache's bound
     */
    public static HtmlContent cached(Object key, long keyChars, HtmlContent content) {
        Key k = new Key(key, Formats.zone());
        return out -> {
            Piece piece = PIECES.getIfPresent(k);
            if (piece == null) {
                if (SHOWN_ONCE.asMap().putIfAbsent(k.hash, Boolean.TRUE) == null) {
                    content.writeTo(out);
                    return;
                }
                PageOutput bytes = new PageOutput(8 * 1024);
                content.writeTo(new OwaspHtmlTemplateOutput(bytes));
                piece = new Piece(bytes.toByteArray(), keyChars);
                PIECES.put(k, piece);
            }
            out.writeBinaryContent(piece.html());
        };
    }
}
