package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RebuildOrderTest {

    /** Works 1–10; fandom 500 on 2, 4, 6, 8, 10 (five works), fandom 400 on 1, 3, 5 and 4 (crossover), none on 7 and 9. */
    private static final long[] WORKS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    private static final long[][] FANDOMS = {
        {2, 500}, {4, 500}, {6, 500}, {8, 500}, {10, 500}, {1, 400}, {3, 400}, {5, 400}, {4, 400}
    };

    @Test
    void worksGoByTheirBiggestFandomBiggestFandomsFirstThenWorksWithout() {
        assertThat(order(1)).containsExactly(2, 4, 6, 8, 10, 1, 3, 5, 7, 9);
    }

    @Test
    void passesDealTheOrderLikeCardsAndOddPassesRunBackwards() {
        // the order 2 4 6 8 10 1 3 5 7 9 dealt in two: 2 6 10 3 7 forwards, then 4 8 1 5 9 backwards
        assertThat(order(2)).containsExactly(2, 6, 10, 3, 7, 9, 5, 1, 8, 4);
        // in three: 2 8 3 9 | 4 10 5 backwards | 6 1 7
        assertThat(order(3)).containsExactly(2, 8, 3, 9, 5, 10, 4, 6, 1, 7);
    }

    @Test
    void aTieGoesToTheLowerFandomIdAndUnknownWorksAreIgnored() {
        long[] works = {1, 2, 3};
        long[][] fandoms = {{1, 9}, {2, 8}, {3, 9}, {3, 8}, {99, 8}};
        // 8 and 9 carry two known works each: 8 first; work 3 carries both and goes with 8
        assertThat(RebuildOrder.of(works, column(fandoms, 0), column(fandoms, 1), fandoms.length, 1))
                .containsExactly(2, 3, 1);
    }

    @Test
    void everyWorkComesOnceWhateverThePasses() {
        Random random = new Random(7);
        long[] works = new long[1_000];
        for (int i = 0; i < works.length; i++) works[i] = 3L * i + 1;
        List<long[]> pairs = new ArrayList<>();
        for (long w : works) for (int f = 0; f < random.nextInt(3); f++) pairs.add(new long[] {w, random.nextInt(40)});
        long[][] fandoms = pairs.toArray(long[][]::new);
        for (int passes = 1; passes <= 9; passes++) {
            long[] order = RebuildOrder.of(works, column(fandoms, 0), column(fandoms, 1), fandoms.length, passes);
            long[] sorted = order.clone();
            Arrays.sort(sorted);
            assertThat(sorted).as("%d passes", passes).isEqualTo(works);
        }
        assertThat(RebuildOrder.of(new long[0], new long[0], new long[0], 0, 4)).isEmpty();
        assertThat(RebuildOrder.of(new long[] {5}, new long[0], new long[0], 0, 4))
                .containsExactly(5);
        assertThatThrownBy(() -> RebuildOrder.of(works, new long[0], new long[0], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] order(int passes) {
        return RebuildOrder.of(WORKS, column(FANDOMS, 0), column(FANDOMS, 1), FANDOMS.length, passes);
    }

    private static long[] column(long[][] pairs, int c) {
        return Arrays.stream(pairs).mapToLong(p -> p[c]).toArray();
    }
}
