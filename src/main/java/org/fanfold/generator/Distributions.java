package org.fanfold.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an archive, as measured on AO3: what share of works has each rating, warning and category, how many
 * tags of each kind a work carries, how long works are and in how many chapters, how often they are finished, and
 * how much they are read. Every method draws from the given generator only, so a seeded generator gives the same
 * archive each time. Stateless and thread-safe (the generator passed in is not).
 */
final class Distributions {

    /** Works are dated over the ten years before 2026-01-01 (a fixed end, so a seed always gives the same dates). */
    static final long END = 1_767_225_600_000L;

    static final long SPAN = 10L * 365 * 24 * 3600 * 1000;

    static final String[] RATINGS = {"General Audiences", "Teen And Up Audiences", "Explicit", "Mature", "Not Rated"};
    private static final double[] RATING_SHARES = {34, 32, 16, 14, 4.5};

    static final String NO_WARNINGS = "No Archive Warnings Apply";
    static final String CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings";
    private static final String[] SPECIFIC_WARNINGS = {
        "Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con", "Underage Sex"
    };
    private static final double[] SPECIFIC_SHARES = {3.6, 2.3, 1.9, 0.2};

    static final String[] CATEGORIES = {"M/M", "Gen", "F/M", "F/F", "Multi", "Other"};
    private static final double[] CATEGORY_SHARES = {54, 27, 15.5, 9.3, 5.2, 3.7};

    /** Languages after English (90 %) and Chinese (7 %): the other 3 % spread over these, most used first. */
    static final String[] OTHER_LANGUAGES = {
        "es", "ru", "fr", "de", "pt-BR", "it", "ja", "ko", "pl", "id", "vi", "nl", "tr", "uk", "sv", "fi", "cs"
    };

    private Distributions() {}

    static String rating(RandomGenerator r) {
        return RATINGS[pick(r, RATING_SHARES)];
    }

    /**
     * One or more archive warnings: No Archive Warnings Apply 75 %, Creator Chose Not To Use 19.5 %, else one of the
     * specific warnings with a 45 % chance of a second one (so about 2.5 % of works carry two or more).
     */
    static List<String> warnings(RandomGenerator r) {
        double u = r.nextDouble() * 100;
        if (u < 75) return List.of(NO_WARNINGS);
        if (u < 94.5) return List.of(CHOSE_NOT_TO_WARN);
        List<String> out = new ArrayList<>(2);
        int first = pick(r, SPECIFIC_SHARES);
        out.add(SPECIFIC_WARNINGS[first]);
        if (r.nextDouble() < 0.45) {
            double[] others = SPECIFIC_SHARES.clone();
            others[first] = 0;
            out.add(SPECIFIC_WARNINGS[pick(r, others)]);
        }
        return out;
    }

    /**
     * Categories: none for 4.1 % of works; otherwise one drawn by AO3's shares, and for 14 % of those more (a third
     * and fourth each 30 % as likely again), which gives 13.5 % of works two or more.
     */
    static List<String> categories(RandomGenerator r) {
        if (r.nextDouble() < 0.041) return List.of();
        List<String> out = new ArrayList<>(3);
        out.add(CATEGORIES[pick(r, CATEGORY_SHARES)]);
        if (r.nextDouble() < 0.141) {
            int more = 1;
            while (more < 4 && r.nextDouble() < 0.3) more++;
            for (int i = 0; i < more * 3 && out.size() < 1 + more; i++) {
                String c = CATEGORIES[pick(r, CATEGORY_SHARES)];
                if (!out.contains(c)) out.add(c);
            }
        }
        return out;
    }

    /** Fandoms: one for 78 % of works; crossovers have 2 + a geometric number more (mean 3.3, so 1.5 overall). */
    static int fandomCount(RandomGenerator r) {
        if (r.nextDouble() < 0.78) return 1;
        int n = 2;
        while (n < 20 && r.nextDouble() < 0.56) n++;
        return n;
    }

    /** Relationships: none for 16 % of works, else 1 + geometric (mean 1.67), so 1.4 overall. */
    static int relationshipCount(RandomGenerator r) {
        if (r.nextDouble() < 0.16) return 0;
        int n = 1;
        while (n < 30 && r.nextDouble() < 0.4) n++;
        return n;
    }

    /** Characters: median 2, 90th percentile 7 (a floored lognormal), at most 60. */
    static int characterCount(RandomGenerator r) {
        return (int) Math.min(60, Math.floor(lognormal(r, 2.5, 0.85)));
    }

    /** Additional tags: median 5, 90th percentile 13, at most 80 (a floored lognormal). */
    static int freeformCount(RandomGenerator r) {
        return (int) Math.min(80, Math.floor(lognormal(r, 5.6, 0.68)));
    }

    /** Chapters: one for 60 % of works; else a lognormal with median 5, at most 300. */
    static int chapterCount(RandomGenerator r) {
        if (r.nextDouble() < 0.6) return 1;
        return (int) Math.clamp(Math.round(lognormal(r, 5, 0.9)), 2, 300);
    }

    /**
     * The whole work's words: a one-shot's are lognormal (median 2,800); a chaptered work's are its chapters'
     * (median 2,400 each), so overall the median is about 4,000, the 90th percentile about 30,000 and the 99th
     * about 150,000.
     */
    static int words(RandomGenerator r, int chapters) {
        double words;
        if (chapters == 1) {
            words = lognormal(r, 2_800, 1.1);
        } else {
            words = chapters * lognormal(r, 2_400, 0.7);
        }
        return (int) Math.clamp(Math.round(words), 50L * chapters, 2_000_000L);
    }

    /** Splits {@code total} words over {@code chapters} chapters of varying length, each at least 1 word. */
    static int[] split(RandomGenerator r, int total, int chapters) {
        int[] out = new int[chapters];
        if (chapters == 1) {
            out[0] = total;
            return out;
        }
        double[] weights = new double[chapters];
        double sum = 0;
        for (int i = 0; i < chapters; i++) sum += weights[i] = 0.5 + r.nextDouble();
        int left = total - chapters;
        int given = 0;
        for (int i = 0; i < chapters; i++) {
            out[i] = 1 + (int) Math.floor(left * weights[i] / sum);
            given += out[i];
        }
        out[chapters - 1] += total - given;
        return out;
    }

    /** Complete: nearly every one-shot (96 %), half the chaptered works: about 78 % overall. */
    static boolean complete(RandomGenerator r, int chapters) {
        return r.nextDouble() < (chapters == 1 ? 0.96 : 0.5);
    }

    /** The planned chapter count: the posted count when complete, else "?" (null) or a few more than posted. */
    static @Nullable Integer expectedChapters(RandomGenerator r, int chapters, boolean complete) {
        if (complete) return chapters;
        if (r.nextDouble() < 0.55) return null;
        int more = 1;
        while (more < 50 && r.nextDouble() < 0.6) more++;
        return chapters + more;
    }

    static String language(RandomGenerator r) {
        double u = r.nextDouble();
        if (u < 0.90) return "en";
        if (u < 0.97) return "zh";
        return OTHER_LANGUAGES[(int) Math.floor(Math.pow(r.nextDouble(), 2) * OTHER_LANGUAGES.length)];
    }

    /** When a work was first posted: over the ten years before {@link #END}, more of them recently (as AO3 grew). */
    static long publishedAt(RandomGenerator r) {
        return END - SPAN + (long) (Math.sqrt(r.nextDouble()) * SPAN);
    }

    /** When it was last updated: the day it was posted for a one-shot; later, at most to {@link #END}, otherwise. */
    static long updatedAt(RandomGenerator r, long publishedAt, int chapters) {
        if (chapters == 1) return publishedAt;
        long room = END - publishedAt;
        return publishedAt + (long) (room * Math.min(1, r.nextDouble() * r.nextDouble() + 0.01 * chapters));
    }

    /** Reader figures: hits, kudos, comments and bookmarks, correlated through one popularity draw. */
    record Stats(long hits, long kudos, long comments, long bookmarks) {}

    /**
     * Hits median 500 (p90 2,100, p99 ~7,000); kudos median 45 (p90 200, p99 ~650); comments median 7; bookmarks
     * median 3. Popular works are popular on every count; kudos never exceed hits.
     */
    static Stats stats(RandomGenerator r) {
        double popularity = r.nextGaussian();
        long hits = Math.round(500 * Math.exp(1.12 * popularity));
        long kudos = Math.round(45 * Math.exp(1.16 * (0.85 * popularity + 0.53 * r.nextGaussian())));
        long comments = Math.round(7 * Math.exp(1.2 * (0.7 * popularity + 0.71 * r.nextGaussian())));
        long bookmarks = Math.round(3 * Math.exp(1.3 * (0.8 * popularity + 0.6 * r.nextGaussian())));
        hits = Math.max(hits, 1);
        return new Stats(hits, Math.min(kudos, hits), comments, bookmarks);
    }

    /** A second creator for 3 % of works (co-written). */
    static boolean coCreated(RandomGenerator r) {
        return r.nextDouble() < 0.03;
    }

    /** Restricted to signed-in users: 5 % of works. */
    static boolean restricted(RandomGenerator r) {
        return r.nextDouble() < 0.05;
    }

    static double lognormal(RandomGenerator r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    /** An index drawn with probability proportional to {@code shares}. */
    static int pick(RandomGenerator r, double[] shares) {
        double total = 0;
        for (double s : shares) total += s;
        double u = r.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            u -= shares[i];
            if (u < 0) return i;
        }
        return shares.length - 1;
    }
}
