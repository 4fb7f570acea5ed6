package org.reluspec.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.reluspec.report.JsonReport;
import picocli.CommandLine.Option;

/** The JSON file and the progress bar, shared by the commands that run many points. */
final class OutputOptions {

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show a progress bar on stderr for runs over two seconds (default: on)")
    boolean progress;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON (atomically)")
    Path json;

    /**
     * Writes {@code value} to the {@code --json} file, if one was given.
     *
     * @param value the results
     * @throws UncheckedIOException naming the file when it cannot be written (the command line exits 2)
     */
    void writeJson(Object value) {
        if (json == null) {
            return;
        }
        try {
            JsonReport.writeAtomically(value, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
