package org.reluspec.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.papers.myv.MyvB_1;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;

/**
 * Trials per second of the MYV-B.1 simulation (n standard normals per trial, per-trial stream derivation included),
 * through the same {@link MonteCarlo#count} the checks use. Run by {@code ci/bench.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MyvB1Benchmark {

    /** Trials per benchmark invocation. */
    static final int BATCH = 200_000;

    @Param({"16", "64", "256"})
    public int n;

    @Param({"1", "2"})
    public int threads;

    private MyvB_1 claim;
    private ParameterPoint point;
    private long invocation;

    @Setup
    public void setUp() {
        claim = new MyvB_1();
        point = ParameterPoint.of(claim, "n", n, "sigma", 1.0);
    }

    /** @return failures in one batch (returned so the JIT cannot drop the work) */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long trials() {
        TrialStreams streams = new TrialStreams(7, claim.key(), (int) (invocation++ & 0xffff));
        return MonteCarlo.count(() -> claim.newFailureEvent(point), streams, BATCH, threads).failures();
    }
}
