package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

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

    @Test
    void stoppingLetsTheWorkInHandFinishWithoutAnInterrupt() throws InterruptedException {
        var signal = new WakeSignal();
        var started = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        var finished = new AtomicBoolean();
        var worker = new BackgroundWorker("test-worker", signal, () -> {
            started.countDown();
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        worker.start();
        signal.wake();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        assertThat(interrupted).as("the work was interrupted").isFalse();
        assertThat(finished)
                .as("the work in hand finished before stop returned")
                .isTrue();
        assertThat(worker.running()).isFalse();
    }
}
