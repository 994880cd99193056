package org.fanfold.shared;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that drains an outbox table: it runs {@code work} when woken by its {@link WakeSignal}, and at
 * least every second to pick up rows other processes wrote. A failure is logged and retried two seconds later; the
 * rows stay until the work succeeds. Used by the search indexer and the tag-wrangling propagator.
 */
public final class BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final WakeSignal signal;
    private final Runnable work;
    private volatile @Nullable Thread thread;

    /**
     * @param name the thread's name, also used in log messages
     * @param work drains the outbox; must be safe to run again after a failure
     */
    public BackgroundWorker(String name, WakeSignal signal, Runnable work) {
        this.name = name;
        this.signal = signal;
        this.work = work;
    }

    public void start() {
        // Assigned before it starts: the loop runs while this field holds its thread, so a thread scheduled
        // before the assignment would otherwise see null and end at once.
        Thread t = Thread.ofPlatform().name(name).daemon().unstarted(this::loop);
        thread = t;
        t.start();
    }

    /**
     * Stops the thread, letting it finish the work in hand (up to five seconds) rather than interrupting it: an
     * interrupt during file I/O closes the channel under the work (Lucene then closes its index writer for good, and
     * a later {@link #start} of the same index fails). Only work still running after that is interrupted.
     */
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t == null) return;
        signal.wake();
        try {
            t.join(5_000);
            if (t.isAlive()) {
                t.interrupt();
                t.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean running() {
        return thread != null;
    }

    private void loop() {
        Thread self = Thread.currentThread();
        while (thread == self) {
            try {
                signal.await(1_000);
                if (thread != self) return; // stopped while waiting
                work.run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("{} failed; its outbox rows stay and are retried", name, e);
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }
}
