package org.cooplog.reporting;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Work done on a second thread while the caller does the rest: a report's PDF beside its other formats, its
 * corrections beside its other sections. The work must only read what it shares with the caller.
 */
public final class Beside<T> {

    /** Threads that work beside a caller; idle ones end after a minute. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "report-beside");
        thread.setDaemon(true);
        return thread;
    });

    private final CompletableFuture<T> result;

    private Beside(Supplier<T> work) {
        this.result = CompletableFuture.supplyAsync(work, THREADS);
    }

    /** Starts the work on a second thread. */
    public static <T> Beside<T> start(Supplier<T> work) {
        return new Beside<>(work);
    }

    /** The result, once the work is done; what it threw is thrown here as it was thrown. */
    public T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Lets the work go: the caller failed and will not wait for it. */
    public void abandon() {
        result.cancel(false);
    }
}
