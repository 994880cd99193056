package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsChartTest {

    @Test
    void everyDayOfTheRangeGetsABarScaledToRoundTicks() {
        StatsChart chart = StatsChart.of(Map.of(100L, 7L, 102L, 3L), 100, 129);
        assertThat(chart.days()).isEqualTo(30);
        assertThat(chart.bars()).hasSize(30);
        assertThat(chart.total()).isEqualTo(10);
        assertThat(chart.peak()).isEqualTo(7);
        assertThat(chart.yTicks()).extracting(StatsChart.Tick::label).containsExactly("0", "2", "4", "6", "8");
        assertThat(chart.bars().getFirst().date()).isEqualTo("11 Apr 1970");
        assertThat(chart.bars().get(1).height()).isEqualTo("0.0");
        assertThat(chart.xLabels().getFirst().anchor()).isEqualTo("start");
        assertThat(chart.xLabels().getLast().anchor()).isEqualTo("end");
        assertThat(chart.xLabels().getLast().label()).isEqualTo("10 May 1970");
    }

    @Test
    void aQuietRangeStillHasAnAxisUpToFour() {
        StatsChart chart = StatsChart.of(Map.of(), 0, 364);
        assertThat(chart.bars()).hasSize(365);
        assertThat(chart.yTicks()).extracting(StatsChart.Tick::label).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(StatsChart.niceStep(1)).isEqualTo(1);
        assertThat(StatsChart.niceStep(1.75)).isEqualTo(2);
        assertThat(StatsChart.niceStep(3)).isEqualTo(5);
        assertThat(StatsChart.niceStep(25)).isEqualTo(50);
        assertThat(StatsChart.niceStep(1_200)).isEqualTo(2_000);
    }
}
