package org.reluspec.cli;

import org.reluspec.engine.CheckSettings;
import picocli.CommandLine.Option;

/** The master seed, shared by every command that draws random numbers. */
final class SeedOption {

    @Option(names = "--seed", defaultValue = CheckSettings.DEFAULT_SEED_TEXT,
            description = "master seed (default ${DEFAULT-VALUE}); printed in every result, reproduces the run")
    long seed;
}
