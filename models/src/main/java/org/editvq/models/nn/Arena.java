package org.editvq.models.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Step-scoped native memory: every activation, gradient temporary and scratch array of one
 * forward/backward pass is allocated here and released in one go by {@link #close()}.
 *
 * <p>ND4J frees native buffers only when their Java wrappers are garbage-collected. On the
 * VMs this project runs on, touching fresh pages costs tens of microseconds each, so a
 * training step that leaves gigabytes to the GC re-faults them every step. Closing the
 * arena returns the blocks to the allocator at once, and with
 * {@code MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=<large>} glibc hands the same hot
 * pages to the next step. Arrays (and views of them) must not be used after close.
 */
public final class Arena implements AutoCloseable {
    private final DataType dataType;
    private final List<INDArray> owned = new ArrayList<>();
    private long bytes;

    /** An arena allocating arrays of the given floating-point type. */
    public Arena(DataType dataType) {
        if (!dataType.isFPType()) {
            throw new IllegalArgumentException("arena data type must be floating point: " + dataType);
        }
        this.dataType = dataType;
    }

    /** The floating-point type of {@link #alloc} and {@link #zeros}. */
    public DataType dataType() {
        return dataType;
    }

    /** An uninitialized c-order array. */
    public INDArray alloc(long... shape) {
        return track(Nd4j.createUninitialized(dataType, shape, 'c'));
    }

    /** A zero-filled c-order array. */
    public INDArray zeros(long... shape) {
        return track(Nd4j.create(dataType, shape, 'c'));
    }

    /** A c-order copy of {@code source}. */
    public INDArray copyOf(INDArray source) {
        INDArray copy = alloc(source.shape());
        copy.assign(source);
        return copy;
    }

    /** Takes ownership of an array created elsewhere so that {@link #close()} frees it. */
    public INDArray track(INDArray array) {
        owned.add(array);
        bytes += array.length() * array.dataType().width();
        return array;
    }

    /** Bytes allocated through this arena so far. */
    public long allocatedBytes() {
        return bytes;
    }

    /** Frees every array allocated through this arena. */
    @Override
    public void close() {
        for (INDArray array : owned) {
            if (array.closeable()) {
                array.close();
            }
        }
        owned.clear();
        bytes = 0;
    }
}
