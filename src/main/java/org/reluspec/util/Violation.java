package org.reluspec.util;

/**
 * Every way an input to ReLUSpec can be malformed, each with its English message pattern. The placeholders
 * {@code {0}, {1}, ...} are filled with the offending values carried by {@link ReluSpecArgumentException#getParts()}.
 */
public enum Violation {
    /** A parameter value outside its admissible range. */
    PARAMETER_OUT_OF_RANGE("parameter {0} = {1} violates the precondition {0} in {2}"),
    /** An integer parameter given a fractional value. */
    PARAMETER_NOT_INTEGER("parameter {0} = {1} violates the precondition: {0} must be an integer"),
    /** A parameter value that is NaN. */
    PARAMETER_NAN("parameter {0} is NaN"),
    /** Parameter values that are each in range but violate a relation between them, e.g. {@code d > ell}. */
    PARAMETER_RELATION("{1} violates the precondition {0} of claim {2}"),
    /** A parameter a claim needs was not given and has no default. */
    PARAMETER_MISSING("claim {0} needs parameter {1}"),
    /** A parameter name the claim does not have. */
    UNKNOWN_PARAMETER("claim {0} has no parameter {1} (its parameters: {2})"),
    /** A command-line parameter not of the form {@code name=value}. */
    MALFORMED_PARAMETER("''{0}'' is not of the form name=value"),
    /** A string that should be a number. */
    MALFORMED_NUMBER("{0}: ''{1}'' is not a number"),
    /** An unknown claim id. */
    UNKNOWN_CLAIM("no claim with id {0} (run ''reluspec list'')"),
    /** A count or size that must be at least some minimum. */
    TOO_SMALL("{0} = {1} violates the precondition {0} >= {2}"),
    /** A probability-like value that must lie in the open unit interval. */
    NOT_IN_OPEN_UNIT_INTERVAL("{0} = {1} violates the precondition 0 < {0} < 1"),
    /** A value that must be strictly positive and finite. */
    NOT_POSITIVE_FINITE("{0} = {1} violates the precondition 0 < {0} < infinity"),
    /** Two arrays or dimensions that must agree. */
    DIMENSION_MISMATCH("{0}: dimension {1} != {2}"),
    /** A file that cannot be read or parsed. */
    MALFORMED_FILE("{0}: {1}"),
    /** A file or folder that cannot be read or written (missing, a directory, no permission, disk full). */
    IO_FAILURE("{0}: {1}"),
    /** A parameter given twice. */
    REPEATED_PARAMETER("parameter {0} is given twice ({1} and {2}); give each parameter once"),
    /** A program or library the command needs is not available. */
    MISSING_PREREQUISITE("{0}");

    private final String pattern;

    Violation(String pattern) {
        this.pattern = pattern;
    }

    /** @return the message pattern, with {@code java.text.MessageFormat} placeholders */
    public String pattern() {
        return pattern;
    }
}
