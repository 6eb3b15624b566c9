package org.editvq.models;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of worker threads that run the independent parts of one step (the shards of a
 * batch, the latent groups of a decode) side by side. With one thread the parts run in the
 * caller's thread, in order. Each worker runs ND4J with the process's OpenMP setting (one thread
 * by default, see docs/architecture.md, "Threads"), so N workers use N cores.
 *
 * <p>The results of a step never depend on the number of workers: parts are fixed by the data
 * (never by the thread count) and combined in part order.
 */
public final class Workers implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int threads;
    private final java.util.function.IntSupplier sharers;
    private final ExecutorService pool;

    private Workers(int threads, java.util.function.IntSupplier sharers) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
        this.sharers = sharers;
        if (threads == 1) {
            this.pool = null;
        } else {
            int id = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "editvq-worker-" + id + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** A pool of {@code threads} workers (1: run everything in the caller's thread). */
    public static Workers of(int threads) {
        return new Workers(threads, () -> 1);
    }

    /**
     * {@code threads} workers shared by the callers counted by {@code sharers} (e.g. the models a
     * reproduction trains at once): each call runs at most {@code threads / sharers} parts at a time
     * (at least one, in the caller's thread), so that when fewer callers remain each gets more of
     * the cores, from its next step on. Results do not depend on it.
     */
    public static Workers sharing(int threads, java.util.function.IntSupplier sharers) {
        return new Workers(threads, java.util.Objects.requireNonNull(sharers, "sharers"));
    }

    /** A single worker: the caller's thread. */
    public static Workers single() {
        return new Workers(1, () -> 1);
    }

    /** The number of cores this JVM may use: the default thread count of every command. */
    public static int availableCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The number of threads of the pool (the most parts a call can run at a time). */
    public int poolThreads() {
        return threads;
    }

    /** Number of parts a call runs at a time now: the threads divided among the current sharers, at least 1. */
    public int threads() {
        return Math.max(1, threads / Math.max(1, sharers.getAsInt()));
    }

    /**
     * Runs the tasks (on the workers when there are several) and returns their results in task
     * order; the first failure is rethrown after every task has finished.
     */
    public <T> List<T> invokeAll(List<? extends Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        int allowance = threads();
        if (pool == null || tasks.size() == 1 || allowance == 1) {
            for (Callable<T> task : tasks) {
                out.add(call(task));
            }
            return out;
        }
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(allowance);
        List<Callable<T>> limited = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            limited.add(() -> {
                slots.acquire();
                try {
                    return task.call();
                } finally {
                    slots.release();
                }
            });
        }
        List<Future<T>> futures;
        try {
            futures = pool.invokeAll(limited);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for workers", e);
        }
        RuntimeException failure = null;
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : e.getCause() instanceof Error err ? new IllegalStateException(err.toString(), err)
                            : new IllegalStateException(e.getCause());
                }
                out.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for workers", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return out;
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
