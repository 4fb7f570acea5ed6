package org.reluspec.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.reluspec.engine.Conclusion;
import org.reluspec.engine.RunReport;
import org.reluspec.stats.ExactProbability;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Reads and writes {@link RunReport} as JSON (schema: {@code spec/report-schema.md}).
 *
 * <p>Writing is atomic: the JSON goes to a temporary file in the target directory, which is then moved over the
 * target, so an interrupted run never leaves a half-written report.
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** Adds the derived fields of an exact probability to its JSON form. */
    private abstract static class ExactProbabilityMixIn {
        @JsonProperty("value")
        abstract double value();

        @JsonProperty("relativeDisagreement")
        abstract double relativeDisagreement();

        @JsonProperty("librariesAgree")
        abstract boolean librariesAgree();
    }

    /** Writes a conclusion with its kind, so that a report file reads back into the same sealed type. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Conclusion.Probabilistic.class, name = "probabilistic"),
        @JsonSubTypes.Type(value = Conclusion.Deterministic.class, name = "deterministic"),
        @JsonSubTypes.Type(value = Conclusion.Order.class, name = "order")})
    private interface ConclusionMixIn {
    }

    /** @return the mapper used for every report file */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .addMixIn(ExactProbability.class, ExactProbabilityMixIn.class)
                .addMixIn(Conclusion.class, ConclusionMixIn.class)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @param report the report
     * @param file the target file; its directory is created if needed
     * @throws IOException when the file cannot be written (the target is then untouched)
     */
    public static void write(RunReport report, Path file) throws IOException {
        writeAtomically(report, file);
    }

    /**
     * Writes any report object as JSON, atomically (see the class comment).
     *
     * @param value the object
     * @param file the target file; its directory is created if needed
     * @throws IOException when the file cannot be written (the target is then untouched)
     */
    public static void writeAtomically(Object value, Path file) throws IOException {
        try {
            writeThroughTemporary(value, file);
        } catch (FileSystemException e) {   // name the file the user gave, not the temporary one
            throw new FileSystemException(file.toString(), null, "cannot be written (" + (e.getReason() != null
                    ? e.getReason() : e.getClass().getSimpleName()) + ")");
        }
    }

    private static void writeThroughTemporary(Object value, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".reluspec-", ".json.tmp");
        tmp.toFile().deleteOnExit(); // an interrupted JVM (Ctrl-C) removes the partial file in its shutdown
        try {
            mapper().writeValue(tmp.toFile(), value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param file a report file
     * @return the report
     * @throws ReluSpecArgumentException {@link Violation#MALFORMED_FILE} when it cannot be read or parsed
     */
    public static RunReport read(Path file) {
        try {
            return mapper().readValue(file.toFile(), RunReport.class);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, e.getMessage());
        }
    }
}
