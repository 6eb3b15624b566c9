package org.editvq.canonicalizer;

import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs parsing and tree walks on threads with a large stack. Recursive-descent parsers (JavaParser, ANTLR)
 * and tree walks recurse once or more per nesting level, so on a default 512 KB - 1 MB thread stack they
 * fail at a few hundred nested parentheses, or a long {@code else if} chain; generated code goes deeper.
 * With {@value #STACK_BYTES} bytes of stack, 5,000 levels and more parse (see {@code docs/canonicalizer.md}
 * for the measured limits); beyond the limit the work fails with {@link StackOverflowError}, which callers
 * turn into a problem that says so.
 *
 * <p>The threads are daemon threads of a cached pool (created on demand, kept for a minute when idle), so a
 * call costs a hand-over between threads, not a thread start. The stack is reserved, not committed: memory
 * is only used as deep as a program actually nests. Thread-safe.
 */
public final class LargeStack {
    /** Stack size of the worker threads, in bytes. */
    public static final long STACK_BYTES = 1L << 30;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, "editvq-parse-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        }
    });

    private LargeStack() {
    }

    /**
     * Runs {@code work} on a large-stack thread and returns its result; a {@link RuntimeException} or
     * {@link Error} it throws (such as {@link StackOverflowError}) is rethrown on the calling thread.
     *
     * @throws IllegalStateException when the calling thread is interrupted while waiting
     */
    public static <T> T call(Supplier<T> work) {
        Future<T> future = WORKERS.submit(work::get);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The guard every canonicalizer puts around its parser: a blank source, a program nested deeper than the
     * stack holds and a parser crash become failures that say so; {@code parse} runs on a large-stack thread.
     */
    public static CanonicalizationResult canonicalize(String source, CanonicalizationMode mode,
            BiFunction<String, CanonicalizationMode, CanonicalizationResult> parse) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mode, "mode");
        if (source.isBlank()) {
            return CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("empty source")));
        }
        try {
            return call(() -> parse.apply(source, mode));
        } catch (StackOverflowError e) {
            return CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated(
                    "program nested too deeply to parse (more than the parser's " + (STACK_BYTES >> 20)
                            + " MB stack holds; see docs/canonicalizer.md for the measured limits)")));
        } catch (RuntimeException e) {
            return CanonicalizationResult.failure(List.of(CanonicalizationProblem.unlocated("parser failed: " + e)));
        }
    }
}
