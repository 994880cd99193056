package org.fanfold.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error: "Indexing  [#####.....]  52%  5,200/10,000". */
final class Progress {

    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final PrintStream out = System.err;
    private final boolean tty = System.console() != null;
    private long lastPrinted = -1;

    Progress(String label, long total) {
        this.label = label;
        this.total = Math.max(total, 1);
    }

    void update(long done) {
        long percent = Math.min(100, done * 100 / total);
        if (percent == lastPrinted) return;
        lastPrinted = percent;
        int filled = (int) (WIDTH * percent / 100);
        String line = String.format(
                "%s  [%s%s]  %3d%%  %,d/%,d",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total);
        if (tty) out.print("\r" + line);
        else if (percent % 10 == 0) out.println(line);
    }

    void finish() {
        if (tty && lastPrinted >= 0) out.println();
    }
}
