package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** An interrupt in the middle of file I/O would close the channel under the work (Lucene's index writer, say). */
    @RepeatedTest(5)
    void stoppingLetsTheWorkInHandFinishUninterrupted() throws InterruptedException {
        var signal = new WakeSignal();
        var started = new Semaphore(0);
        var finished = new AtomicBoolean();
        var interrupted = new AtomicBoolean();
        var worker = new BackgroundWorker("test-worker", signal, () -> {
            started.release();
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                if (Thread.currentThread().isInterrupted()) interrupted.set(true);
                Thread.onSpinWait();
            }
            finished.set(true);
        });
        worker.start();
        signal.wake();
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        assertThat(finished).as("the work ran to its end").isTrue();
        assertThat(interrupted).as("nobody interrupted it").isFalse();
        assertThat(worker.running()).isFalse();
    }
}
