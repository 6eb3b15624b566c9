package org.editvq.judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * An in-memory sink with a byte budget; writing past the budget throws
 * {@link OutputLimitExceeded} (an {@link Error}, so that {@code catch (Exception e)} in a
 * submission does not swallow it) and sets {@link #exceeded()}. {@link #close()} does nothing,
 * so a submission closing {@code System.out} cannot break the runner.
 */
public final class CappedOutputStream extends OutputStream {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
    private final long limit;
    private final boolean keep;
    private long written;
    private volatile boolean exceeded;

    /**
     * @param limit bytes accepted before the stream refuses
     * @param keep  whether to keep the bytes (stdout) or only count them (stderr)
     */
    public CappedOutputStream(long limit, boolean keep) {
        this.limit = limit;
        this.keep = keep;
    }

    @Override
    public synchronized void write(int b) {
        reserve(1);
        if (keep) {
            buffer.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        reserve(len);
        if (keep) {
            buffer.write(b, off, len);
        }
    }

    private void reserve(int len) {
        if (written + len > limit) {
            exceeded = true;
            throw new OutputLimitExceeded(limit);
        }
        written += len;
    }

    /** Whether a write was refused. */
    public boolean exceeded() {
        return exceeded;
    }

    /** Bytes accepted so far. */
    public synchronized long written() {
        return written;
    }

    /** The bytes kept so far. */
    public synchronized byte[] toByteArray() {
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        // deliberately ignored
    }

    /** Thrown at a submission that writes more than its output budget. */
    public static final class OutputLimitExceeded extends Error {
        private static final long serialVersionUID = 1L;

        OutputLimitExceeded(long limit) {
            super("output limit of " + limit + " bytes exceeded", null, false, false);
        }
    }
}
