package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ParallelReadsTest {

    @Test
    void readsOutsideATransactionRunAtOnceOnThreadsOfTheirOwn() throws InterruptedException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        ParallelReads.Pending<Thread> a = ParallelReads.start(() -> meet(bothStarted));
        ParallelReads.Pending<Thread> b = ParallelReads.start(() -> meet(bothStarted));
        // each waits for the other: they can only both finish if they run at the same time
        assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(a.get()).isNotSameAs(Thread.currentThread()).isNotSameAs(b.get());
        assertThat(a.get().isVirtual()).isTrue();
    }

    @Test
    void insideATransactionAReadRunsInTheCallersThreadBeforeStartReturns() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            StringBuilder done = new StringBuilder();
            ParallelReads.Pending<Thread> read = ParallelReads.start(() -> {
                done.append("read");
                return Thread.currentThread();
            });
            assertThat(done).hasToString("read");
            assertThat(read.get()).isSameAs(Thread.currentThread());
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    @Test
    void whatAReadThrowsIsThrownAsItWasByGet() {
        var failure = new DataRetrievalFailureException("no such table");
        ParallelReads.Pending<Object> read = ParallelReads.start(() -> {
            throw failure;
        });
        assertThatThrownBy(read::get).isSameAs(failure);
    }

    private static Thread meet(CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("ran one after the other");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Thread.currentThread();
    }
}
