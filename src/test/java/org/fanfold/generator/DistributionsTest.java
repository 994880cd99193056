package org.fanfold.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fanfold.shared.WordCounter;
import org.junit.jupiter.api.Test;

/** The distributions alone, without a database: 20,000 draws land near AO3's measured shares. */
class DistributionsTest {

    private static final int N = 20_000;

    private final RandomGenerator r =
            RandomGeneratorFactory.of("L64X128MixRandom").create(42);

    private static double percent(long count) {
        return 100.0 * count / N;
    }

    @Test
    void ratingsAreWithinAFewPercentOfAo3sShares() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < N; i++) counts.merge(Distributions.rating(r), 1, Integer::sum);
        assertThat(percent(counts.get("General Audiences"))).isCloseTo(34, within(2.0));
        assertThat(percent(counts.get("Teen And Up Audiences"))).isCloseTo(32, within(2.0));
        assertThat(percent(counts.get("Explicit"))).isCloseTo(16, within(2.0));
        assertThat(percent(counts.get("Mature"))).isCloseTo(14, within(2.0));
        assertThat(percent(counts.get("Not Rated"))).isCloseTo(4.5, within(1.5));
    }

    @Test
    void warningsAndCategoriesFollowAo3() {
        int noWarnings = 0, choseNot = 0, severalWarnings = 0, noCategory = 0, mm = 0, gen = 0, severalCategories = 0;
        for (int i = 0; i < N; i++) {
            List<String> w = Distributions.warnings(r);
            assertThat(w).isNotEmpty().doesNotHaveDuplicates();
            if (w.contains(Distributions.NO_WARNINGS)) noWarnings++;
            if (w.contains(Distributions.CHOSE_NOT_TO_WARN)) choseNot++;
            if (w.size() > 1) severalWarnings++;
            List<String> c = Distributions.categories(r);
            assertThat(c).doesNotHaveDuplicates();
            if (c.isEmpty()) noCategory++;
            if (c.contains("M/M")) mm++;
            if (c.contains("Gen")) gen++;
            if (c.size() > 1) severalCategories++;
        }
        assertThat(percent(noWarnings)).isCloseTo(75, within(2.0));
        assertThat(percent(choseNot)).isCloseTo(19.5, within(2.0));
        assertThat(percent(severalWarnings)).isCloseTo(2.6, within(1.0));
        assertThat(percent(noCategory)).isCloseTo(4.1, within(1.0));
        assertThat(percent(mm)).isCloseTo(54, within(6.0));
        assertThat(percent(gen)).isCloseTo(27, within(4.0));
        assertThat(percent(severalCategories)).isCloseTo(13.5, within(2.5));
    }

    @Test
    void tagCountsHaveAo3sMeansAndMedians() {
        int[] fandoms = new int[N], relationships = new int[N], characters = new int[N], freeforms = new int[N];
        for (int i = 0; i < N; i++) {
            fandoms[i] = Distributions.fandomCount(r);
            relationships[i] = Distributions.relationshipCount(r);
            characters[i] = Distributions.characterCount(r);
            freeforms[i] = Distributions.freeformCount(r);
        }
        assertThat(mean(fandoms)).isCloseTo(1.5, within(0.1));
        assertThat(percent(Arrays.stream(fandoms).filter(f -> f > 1).count())).isCloseTo(22, within(1.5));
        assertThat(mean(relationships)).isCloseTo(1.4, within(0.1));
        assertThat(percent(Arrays.stream(relationships).filter(n -> n == 0).count()))
                .isCloseTo(16, within(1.5));
        assertThat(quantile(characters, 0.5)).isEqualTo(2);
        assertThat(quantile(characters, 0.9)).isBetween(6, 8);
        assertThat(quantile(freeforms, 0.5)).isEqualTo(5);
        assertThat(quantile(freeforms, 0.9)).isBetween(12, 14);
    }

    @Test
    void worksAreLongTailedAndMostlyOneShotsAndComplete() {
        int[] words = new int[N];
        int single = 0, complete = 0;
        for (int i = 0; i < N; i++) {
            int chapters = Distributions.chapterCount(r);
            words[i] = Distributions.words(r, chapters);
            int[] split = Distributions.split(r, words[i], chapters);
            assertThat(Arrays.stream(split).sum()).isEqualTo(words[i]);
            assertThat(Arrays.stream(split).min().orElseThrow()).isPositive();
            if (chapters == 1) single++;
            boolean done = Distributions.complete(r, chapters);
            if (done) complete++;
            Integer expected = Distributions.expectedChapters(r, chapters, done);
            if (done) assertThat(expected).isEqualTo(chapters);
            else if (expected != null) assertThat(expected).isGreaterThan(chapters);
        }
        assertThat(quantile(words, 0.5)).isBetween(2_000, 6_000);
        assertThat(quantile(words, 0.9)).isBetween(14_000, 70_000);
        assertThat(quantile(words, 0.99)).isBetween(70_000, 350_000);
        assertThat(percent(single)).isBetween(40.0, 78.0);
        assertThat(percent(complete)).isBetween(40.0, 90.0);
    }

    @Test
    void readerCountsHaveAo3sMedians() {
        int[] hits = new int[N], kudos = new int[N], comments = new int[N], bookmarks = new int[N];
        for (int i = 0; i < N; i++) {
            var s = Distributions.stats(r);
            assertThat(s.kudos()).isLessThanOrEqualTo(s.hits());
            hits[i] = (int) s.hits();
            kudos[i] = (int) s.kudos();
            comments[i] = (int) s.comments();
            bookmarks[i] = (int) s.bookmarks();
        }
        assertThat(quantile(hits, 0.5)).isBetween(450, 550);
        assertThat(quantile(hits, 0.9)).isBetween(1_800, 2_400);
        assertThat(quantile(kudos, 0.5)).isBetween(40, 50);
        assertThat(quantile(kudos, 0.9)).isBetween(170, 230);
        assertThat(quantile(comments, 0.5)).isBetween(6, 8);
        assertThat(quantile(bookmarks, 0.5)).isBetween(2, 4);
    }

    @Test
    void mostWorksAreEnglishThenChinese() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < N; i++) counts.merge(Distributions.language(r), 1, Integer::sum);
        assertThat(percent(counts.get("en"))).isCloseTo(90, within(1.5));
        assertThat(percent(counts.get("zh"))).isCloseTo(7, within(1.0));
        assertThat(counts.size()).isGreaterThan(5);
    }

    @Test
    void proseHasExactlyTheWordsAskedForAsTheArchiveCountsThem() {
        for (int words : new int[] {1, 7, 250, 3_000}) {
            assertThat(WordCounter.countHtml(Prose.body(r, "en", words))).isEqualTo(words);
            assertThat(WordCounter.countHtml(Prose.body(r, "zh", words))).isEqualTo(words);
        }
    }

    @Test
    void zipfFavoursTheFirstRanks() {
        var zipf = new Zipf(1_000, 1.0);
        int[] counts = new int[1_000];
        for (int i = 0; i < N; i++) counts[zipf.sample(r)]++;
        assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[9] * 4);
        assertThat((double) counts[0] / N).isCloseTo(1 / 7.485, within(0.02));
    }

    private static double mean(int[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static int quantile(int[] values, double q) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (q * (sorted.length - 1))];
    }
}
