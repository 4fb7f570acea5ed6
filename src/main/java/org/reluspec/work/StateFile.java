package org.reluspec.work;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import org.reluspec.util.LoopState;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * The kept state of one unit that is still running, in a file beside the run's checkpoint:
 * {@code CHECKPOINT.state-H} with {@code H} from the run's key and the unit's address, so another run or unit never
 * finds it. The doubles are stored as their bits, the file ends with a CRC-32 of the rest, and it is replaced
 * atomically: a kill while it is written leaves the previous state.
 */
final class StateFile implements LoopState.Keeper {

    private static final String MAGIC = "reluspec loop state 1";

    private final Path file;
    private final String runKey;
    private final String address;
    private Optional<LoopState.Saved> loaded;

    /**
     * @param checkpoint the run's checkpoint file
     * @param runKey the run's key
     * @param address the unit
     */
    StateFile(Path checkpoint, String runKey, String address) {
        this.file = checkpoint.resolveSibling(checkpoint.getFileName() + ".state-" + hash(runKey + "\n" + address));
        this.runKey = runKey;
        this.address = address;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return the file */
    Path file() {
        return file;
    }

    /** @return the state kept when the unit started (read once) */
    @Override
    public Optional<LoopState.Saved> load() {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    private Optional<LoopState.Saved> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be read: " + e.getMessage());
        }
        int body = bytes.length - Long.BYTES;
        if (body < 0) {
            throw malformed("it is " + bytes.length + " bytes long");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        if (ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != crc.getValue()) {
            throw malformed("its checksum does not match (delete it: the unit then starts afresh)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body))) {
            if (!MAGIC.equals(in.readUTF()) || !runKey.equals(in.readUTF()) || !address.equals(in.readUTF())) {
                throw malformed("it is not the state of unit '" + address + "' of the run '" + runKey + "'");
            }
            int ordinal = in.readInt();
            String label = in.readUTF();
            long step = in.readLong();
            int count = in.readInt();
            if (count < 0 || count > in.available() / Integer.BYTES) {
                throw malformed("it claims " + count + " arrays");
            }
            double[][] arrays = new double[count][];
            for (int a = 0; a < arrays.length; a++) {
                int length = in.readInt();
                if (length < 0 || length > in.available() / Double.BYTES) {
                    throw malformed("array " + a + " claims " + length + " values");
                }
                arrays[a] = new double[length];
                for (int t = 0; t < length; t++) {
                    arrays[a][t] = Double.longBitsToDouble(in.readLong());
                }
            }
            if (in.available() != 0) {
                throw malformed("it has bytes after its last array");
            }
            return Optional.of(new LoopState.Saved(ordinal, label, step, arrays));
        } catch (IOException e) {
            throw malformed("it ends early");
        }
    }

    @Override
    public void save(LoopState.Saved state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(runKey);
            out.writeUTF(address);
            out.writeInt(state.ordinal());
            out.writeUTF(state.label());
            out.writeLong(state.step());
            out.writeInt(state.arrays().length);
            for (double[] a : state.arrays()) {
                out.writeInt(a.length);
                for (double v : a) {
                    out.writeLong(Double.doubleToRawLongBits(v));
                }
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        Path tmp = tmp();
        try {
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be written: " + e.getMessage());
        }
    }

    /** @return where a state is written before it replaces the kept one */
    private Path tmp() {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Forgets the state once the unit is recorded (and a copy a kill left half-written). */
    void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(tmp());
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be deleted: " + e.getMessage());
        }
    }

    private ReluSpecArgumentException malformed(String why) {
        return new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "not a kept unit state: " + why);
    }
}
