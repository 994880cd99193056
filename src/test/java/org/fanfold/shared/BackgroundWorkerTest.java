package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

class BackgroundWorkerTest {

    /** Repeated: the loop must survive however the new thread is scheduled against the one that starts it. */
    @RepeatedTest(200)
    void aStartedWorkerRunsItsWorkWhenWoken() throws InterruptedException {
        var signal = new WakeSignal();
        var ran = new Semaphore(0);
        var worker = new BackgroundWorker("test-worker", signal, ran::release);
        worker.start();
        try {
            assertThat(worker.running()).isTrue();
            signal.wake();
            assertThat(ran.tryAcquire(10, TimeUnit.SECONDS))
                    .as("the work ran after a wake")
                    .isTrue();
        } finally {
            worker.stop();
        }
        assertThat(worker.running()).isFalse();
    }
}
