package org.fanfold.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopOrdinalsTest {

    @Test
    void keepsTheHighestCountsAndOnTiesTheLowerOrdinalWhateverOrderTheyComeIn() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<long[]> pairs = new ArrayList<>();
            int n = random.nextInt(60);
            for (int ord = 0; ord < n; ord++) pairs.add(new long[] {ord, 1 + random.nextInt(5)});
            Collections.shuffle(pairs, random);
            int limit = 1 + random.nextInt(10);

            var heap = new TopOrdinals(limit);
            for (long[] p : pairs) heap.offer((int) p[0], (int) p[1]);

            List<long[]> expected = new ArrayList<>(pairs);
            expected.sort(Comparator.<long[]>comparingLong(p -> -p[1]).thenComparingLong(p -> p[0]));
            expected = expected.subList(0, Math.min(limit, expected.size()));
            assertThat(heap.drainBestFirst())
                    .extracting(p -> p[0] + ":" + p[1])
                    .containsExactlyElementsOf(
                            expected.stream().map(p -> p[0] + ":" + p[1]).toList());
        }
    }

    @Test
    void aLimitOfAllKeepsEveryPairOfferedBestFirstWithoutAllocatingTheLimit() {
        var heap = new TopOrdinals(Integer.MAX_VALUE);
        int n = 10_000;
        for (int ord = n - 1; ord >= 0; ord--) heap.offer(ord, ord % 100);

        List<long[]> drained = heap.drainBestFirst();
        assertThat(drained).hasSize(n);
        assertThat(drained.get(0)).containsExactly(99, 99);
        assertThat(drained.get(1)).containsExactly(199, 99);
        assertThat(drained.get(n - 1)).containsExactly(9_900, 0);
    }
}
