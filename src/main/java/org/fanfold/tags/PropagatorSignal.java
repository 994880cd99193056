package org.fanfold.tags;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the propagator when a wrangling transaction commits. */
@Component
class PropagatorSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) permits.release();
    }

    /** Waits until woken or until the timeout passes. */
    void await(long millis) throws InterruptedException {
        if (permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) permits.drainPermits();
    }
}
