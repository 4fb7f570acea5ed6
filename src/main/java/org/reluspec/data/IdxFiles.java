package org.reluspec.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Reads the IDX format of (Fashion-)MNIST, gzipped or not: a big-endian header {@code 0, 0, type, rank}, then
 * {@code rank} 32-bit dimensions, then the data. Only unsigned bytes (type {@code 0x08}) occur in these files:
 * labels have rank 1 ({@code 0x00000801}), images rank 3 ({@code 0x00000803}). The header is checked against the
 * expected rank and the payload length against the dimensions; a malformed file is refused with
 * {@code MALFORMED_FILE}, before anything is returned.
 */
public final class IdxFiles {

    private IdxFiles() {
    }

    /**
     * An IDX array of unsigned bytes.
     *
     * @param dimensions the dimensions, e.g. {@code [60000, 28, 28]}
     * @param data the bytes, row-major, each in {@code [0, 255]}
     */
    public record UnsignedBytes(int[] dimensions, int[] data) {
    }

    /**
     * @param file the file ({@code .gz} is decompressed)
     * @param rank the expected rank (1 for labels, 3 for images)
     * @return the array
     * @throws ReluSpecArgumentException when the file cannot be read or is not an IDX file of that rank
     */
    public static UnsignedBytes read(Path file, int rank) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            int magic = data.readInt();
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != 0x08 || (magic & 0xff) != rank) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, String.format(
                        "magic number 0x%08x is not an IDX array of unsigned bytes with rank %d (0x%08x)", magic,
                        rank, 0x0800 | rank));
            }
            int[] dims = new int[rank];
            long size = 1;
            for (int k = 0; k < rank; k++) {
                dims[k] = data.readInt();
                if (dims[k] <= 0) {
                    throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "dimension " + k + " is "
                            + dims[k]);
                }
                size *= dims[k];
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "payload of " + size
                        + " bytes is too large");
            }
            byte[] bytes = new byte[(int) size];
            data.readFully(bytes);
            if (data.read() != -1) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "has bytes after the " + size
                        + " the header announces");
            }
            int[] values = new int[bytes.length];
            for (int k = 0; k < bytes.length; k++) {
                values[k] = bytes[k] & 0xff;
            }
            return new UnsignedBytes(dims, values);
        } catch (EOFException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "ends before the data the header "
                    + "announces");
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "cannot be read: " + e.getMessage());
        }
    }
}
