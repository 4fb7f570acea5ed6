package org.reluspec.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The queue two KeY JVMs share: each contract is proved by the JVM that creates its marker file first. Creating a
 * file that must not exist is atomic on every file system the build runs on, so no contract is proved twice or
 * skipped, and neither JVM needs to know in advance how long the other's proofs take (a static split by ledger time
 * left one JVM idle for a third of the proof step on the Intel Xeon, whose times differ from the ledger's).
 */
final class ProofClaims {

    private final Path dir;

    /**
     * @param dir the shared folder (created when missing)
     * @throws IOException when it cannot be created
     */
    ProofClaims(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** @return the shared folder */
    Path dir() {
        return dir;
    }

    /**
     * @param key a contract key
     * @return whether this JVM got the contract (the other one has not taken it)
     */
    boolean take(String key) {
        try {
            Files.createFile(dir.resolve(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString()));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a proof claim in " + dir, e);
        }
    }
}
