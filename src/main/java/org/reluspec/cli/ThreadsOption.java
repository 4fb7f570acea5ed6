package org.reluspec.cli;

import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine.Option;

/** Worker threads, shared by every command that runs trials in parallel. Results never depend on it. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "worker threads; 0 (the default) means one per available core; results do not depend on it")
    private int threads;

    /**
     * @return the thread count, 0 for one per core
     * @throws ReluSpecArgumentException when negative
     */
    int threads() {
        if (threads < 0) {
            throw new ReluSpecArgumentException(Violation.TOO_SMALL, "threads", threads, 0);
        }
        return threads;
    }
}
