package org.editvq.models.bundle;

import org.editvq.models.nn.Kernels;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * editvq's binary tensor file ({@code weights.bin}, {@code optimizer.bin}): named tensors in a
 * fixed order, bit-exact.
 *
 * <pre>
 * magic    4 bytes  "EVQT"
 * version  int32    {@value #VERSION}
 * header   int64    a caller-defined number (the optimizer step in optimizer.bin, 0 otherwise)
 * count    int32    number of tensors
 * per tensor:
 *   name   modified UTF-8 (DataOutput.writeUTF)
 *   dtype  byte     0 = FLOAT (4-byte IEEE 754), 1 = DOUBLE (8-byte)
 *   rank   int32, then rank × int64 shape
 *   values row-major, big-endian
 * crc      int64    CRC-32 of every byte before it
 * </pre>
 * Reading checks magic, version, names, shapes and data types against the tensors the caller
 * expects, and the checksum (a truncated or corrupted file is an error, never silently
 * partial).
 */
public final class TensorFile {
    /** Current version of the tensor file format. */
    public static final int VERSION = 1;
    private static final byte[] MAGIC = {'E', 'V', 'Q', 'T'};

    private TensorFile() {
    }

    /** Writes the tensors in map order, with {@code header} stored after the version. */
    public static void write(Path file, long header, Map<String, INDArray> tensors) throws IOException {
        CRC32 crc = new CRC32();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc))) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(header);
            out.writeInt(tensors.size());
            for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
                INDArray a = e.getValue();
                out.writeUTF(e.getKey());
                DataType type = a.dataType();
                if (type != DataType.FLOAT && type != DataType.DOUBLE) {
                    throw new IllegalArgumentException(e.getKey() + ": unsupported data type " + type);
                }
                out.writeByte(type == DataType.FLOAT ? 0 : 1);
                long[] shape = a.shape();
                out.writeInt(shape.length);
                for (long s : shape) {
                    out.writeLong(s);
                }
                double[] values = Kernels.toArray(a.isView() || a.ordering() != 'c' ? a.dup('c') : a);
                for (double v : values) {
                    if (type == DataType.FLOAT) {
                        out.writeFloat((float) v);
                    } else {
                        out.writeDouble(v);
                    }
                }
            }
            out.flush();
            raw.write(longBytes(crc.getValue()));
        }
    }

    /**
     * Reads a file written by {@link #write} into the given arrays (same names in the same
     * order, same shapes and data types), returning the header.
     *
     * @param what how to name the file's owner in errors, e.g. "bundle /x/y: weights.bin"
     */
    public static long read(Path file, Map<String, INDArray> into, String what) throws IOException {
        CRC32 crc = new CRC32();
        long header;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc))) {
            byte[] magic = in.readNBytes(4);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BundleFormatException(what + ": not an editvq tensor file (bad magic)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new BundleFormatException(what + ": tensor format version " + version
                        + "; this editvq reads version " + VERSION);
            }
            header = in.readLong();
            int count = in.readInt();
            if (count != into.size()) {
                throw new BundleFormatException(what + ": holds " + count + " tensors but the model has "
                        + into.size());
            }
            Iterator<Map.Entry<String, INDArray>> expected = into.entrySet().iterator();
            for (int i = 0; i < count; i++) {
                Map.Entry<String, INDArray> e = expected.next();
                String name = in.readUTF();
                if (!name.equals(e.getKey())) {
                    throw new BundleFormatException(what + ": tensor " + i + " is '" + name + "' but the model expects '"
                            + e.getKey() + "'");
                }
                int typeCode = in.readByte();
                DataType type = typeCode == 0 ? DataType.FLOAT : typeCode == 1 ? DataType.DOUBLE : null;
                if (type == null) {
                    throw new BundleFormatException(what + ": tensor '" + name + "' has unknown data type code "
                            + typeCode);
                }
                int rank = in.readInt();
                if (rank < 0 || rank > 8) {
                    throw new BundleFormatException(what + ": tensor '" + name + "' has rank " + rank);
                }
                long[] shape = new long[rank];
                for (int r = 0; r < rank; r++) {
                    shape[r] = in.readLong();
                }
                INDArray target = e.getValue();
                if (!Arrays.equals(shape, target.shape())) {
                    throw new BundleFormatException(what + ": tensor '" + name + "' has shape " + Arrays.toString(shape)
                            + " but the model expects " + Arrays.toString(target.shape()));
                }
                if (type != target.dataType()) {
                    throw new BundleFormatException(what + ": tensor '" + name + "' is " + type
                            + " but the model is " + target.dataType());
                }
                double[] values = new double[Math.toIntExact(target.length())];
                for (int j = 0; j < values.length; j++) {
                    values[j] = type == DataType.FLOAT ? in.readFloat() : in.readDouble();
                }
                Kernels.fill(target, values);
            }
            long computed = crc.getValue();
            byte[] stored = raw.readNBytes(8);
            if (stored.length != 8 || bytesLong(stored) != computed) {
                throw new BundleFormatException(what + ": checksum mismatch (file truncated or corrupted)");
            }
            if (raw.read() != -1) {
                throw new BundleFormatException(what + ": trailing bytes after the checksum");
            }
        } catch (EOFException e) {
            throw new BundleFormatException(what + ": file ends early (truncated)", e);
        }
        return header;
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    private static long bytesLong(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }
}
