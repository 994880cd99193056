package org.fanfold.shared;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes a {@link BackgroundWorker} early, e.g. when a transaction that wrote outbox rows commits. Wakes while the
 * worker is busy collapse into one. Thread-safe.
 */
public class WakeSignal {

    private final Semaphore permits = new Semaphore(0);

    public void wake() {
        if (permits.availablePermits() == 0) permits.release();
    }

    /** Waits until woken or until the timeout passes. */
    void await(long millis) throws InterruptedException {
        if (permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) permits.drainPermits();
    }
}
