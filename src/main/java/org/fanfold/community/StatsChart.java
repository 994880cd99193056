package org.fanfold.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fanfold.shared.Formats;

/**
 * A bar chart of hits per day, laid out for an inline SVG: one bar per day from {@code firstDay} to {@code lastDay}
 * (days since 1970-01-01, UTC), a y axis with round ticks and a few dates along the x axis (as AO3 shows a day: "24
 * Nov 2026"; days in UTC, as hits are counted, whoever looks). Coordinates are
 * formatted strings, so the template writes them as they are.
 *
 * @param total the hits in the whole range
 * @param peak the most hits on one day
 */
public record StatsChart(
        int width,
        int height,
        Box plot,
        List<Bar> bars,
        List<Tick> yTicks,
        List<Tick> xLabels,
        int days,
        long total,
        long peak) {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;
    private static final int X_LABELS = 6;

    /** The plotting area. */
    public record Box(String x, String y, String width, String height, String bottom, String right) {}

    /** One day's bar, with its date ("24 Nov 2026", a day in UTC) and hits for its tooltip. */
    public record Bar(String x, String y, String width, String height, String date, long hits) {}

    /** A labelled position on an axis; {@code anchor} is the SVG text-anchor (start, middle or end). */
    public record Tick(String position, String label, String anchor) {}

    /** Lays out {@code hitsByDay} (epoch day → hits; missing days had none) from {@code firstDay} to {@code lastDay}. */
    static StatsChart of(Map<Long, Long> hitsByDay, long firstDay, long lastDay) {
        int days = (int) (lastDay - firstDay + 1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long peak = 0;
        long total = 0;
        for (long d = firstDay; d <= lastDay; d++) {
            long n = hitsByDay.getOrDefault(d, 0L);
            peak = Math.max(peak, n);
            total += n;
        }
        long step = niceStep(Math.max(peak, 4) / 4.0);
        // At least 0–4 on the axis, so a day with one hit does not look like a busy one.
        long top = Math.max(Math.max(step, 4), (peak + step - 1) / step * step);

        double slot = plotWidth / days;
        double barWidth = days <= 90 ? slot * 0.8 : slot;
        List<Bar> bars = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            long n = hitsByDay.getOrDefault(firstDay + i, 0L);
            double h = plotHeight * n / top;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(
                    f(x),
                    f(TOP + plotHeight - h),
                    f(barWidth),
                    f(h),
                    Formats.blurbDate(LocalDate.ofEpochDay(firstDay + i)),
                    n));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            yTicks.add(new Tick(f(TOP + plotHeight - plotHeight * v / top), String.format(Locale.US, "%,d", v), "end"));
        }
        List<Tick> xLabels = new ArrayList<>();
        int labels = Math.min(X_LABELS, days);
        for (int k = 0; k < labels; k++) {
            int i = labels == 1 ? 0 : (int) Math.round((double) k * (days - 1) / (labels - 1));
            // The first and last dates align with the plot's edges, so neither runs off the chart.
            String anchor = labels > 1 && k == 0 ? "start" : labels > 1 && k == labels - 1 ? "end" : "middle";
            double x = anchor.equals("start")
                    ? LEFT + i * slot
                    : anchor.equals("end") ? LEFT + (i + 1) * slot : LEFT + i * slot + slot / 2;
            xLabels.add(new Tick(f(x), Formats.blurbDate(LocalDate.ofEpochDay(firstDay + i)), anchor));
        }
        Box box = new Box(f(LEFT), f(TOP), f(plotWidth), f(plotHeight), f(TOP + plotHeight), f(LEFT + plotWidth));
        return new StatsChart(WIDTH, HEIGHT, box, bars, yTicks, xLabels, days, total, peak);
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static long niceStep(double raw) {
        long power = 1;
        while (power * 10 <= raw) power *= 10;
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= raw) return m * power;
        }
        return 10 * power;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
