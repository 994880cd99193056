package org.fanfold.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Independent reads of one request run at once, each on a virtual thread: a listing's works, creators and tags are
 * three queries (a connection each) whose times otherwise add up — on PostgreSQL, three round trips — and a muting
 * reader's page is two searches. Inside a transaction a read runs at once in the caller's thread instead: another
 * connection would not see what the transaction wrote.
 */
public final class ParallelReads {

    private ParallelReads() {}

    /** A read started by {@link #start}; {@link #get} waits for it and rethrows what it threw. */
    public interface Pending<T> {
        T get();
    }

    /** Starts {@code read}: on a virtual thread outside a transaction, done before this returns inside one. */
    public static <T> Pending<T> start(Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            T value = read.get();
            return () -> value;
        }
        CompletableFuture<T> future = CompletableFuture.supplyAsync(
                read, r -> Thread.ofVirtual().name("parallel-read").start(r));
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        };
    }
}
