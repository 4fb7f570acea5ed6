package org.reluspec.papers.myv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.data.ToyDatasets;
import org.reluspec.harness.TrialEvent;
import org.reluspec.harness.TrialStreams;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.LogisticGd;
import org.reluspec.train.MyvNetwork;

class MyvTrainedClaimsTest {

    /** The bitwise check of A.2 must be able to fail: off-plane data (E.3's z = 0.5) move the frozen coordinates. */
    @Test
    void frozenWeightCheckDetectsOffManifoldData() {
        MyvNetwork net = MyvNetwork.initialize(3, 8, 0.5, RandomSource.XO_SHI_RO_256_PP.create(1L));
        MyvInstance inst = new MyvInstance(DataSubspace.coordinate(3, 1), ToyDatasets.grid5x5(0.5), net, net.w().clone());
        LogisticGd.fullBatch(0.5, 20).train(net, inst.data(), null, null);
        assertTrue(MyvA_2.bitwiseMismatches(inst) > 0);
    }

    @Test
    void pathwiseCouplingIsReproducible() {
        MyvA_1 claim = new MyvA_1();
        ParameterPoint p = claim.defaultGrid().get(1);
        DeterministicOutcome a = claim.evaluate(p, new TrialStreams(7, claim.key(), 1));
        DeterministicOutcome b = claim.evaluate(p, new TrialStreams(7, claim.key(), 1));
        assertEquals(a, b);
        assertTrue(a.holds(), a.detail());
    }

    /**
     * Theorem 5.1 as printed uses the signed N(x0) in alpha: for y0 = -1 the perturbation pushes N further down, so
     * every trained net fails; with abs(N(x0)) (as proved) the same nets flip.
     */
    @Test
    void printedAlphaFailsForNegativeOutputsWhereTheProvedOneFlips() {
        ParameterPoint printed = ParameterPoint.of(MyvT5_1.asPrinted(), "d", 400, "ell", 300, "m", 2, "r", 5, "T", 10,
                "eta", 1, "y0", -1);
        ParameterPoint proved = ParameterPoint.of(MyvT5_1.asProved(), printed.values());
        TrialEvent asPrinted = MyvT5_1.asPrinted().newFailureEvent(printed);
        TrialEvent asProved = MyvT5_1.asProved().newFailureEvent(proved);
        TrialStreams streams = new TrialStreams(3, "t", 0);
        for (int t = 0; t < 5; t++) {
            assertTrue(asPrinted.fails(streams.forTrial(t)));
            assertFalse(asProved.fails(streams.forTrial(t)));
        }
    }

    /** P = {0} (ell = d) is in MYV-SET's printed domain: the distributional core admits it and holds there exactly. */
    @Test
    void theDistributionalCoreAdmitsEllEqualToD() {
        MyvT4_1 claim = new MyvT4_1();
        ParameterPoint p = ParameterPoint.of(claim, java.util.Map.of("d", 16.0, "ell", 16.0, "m", 4.0, "k", 4.0));
        double exact = claim.exactFailure(p).orElseThrow().value();
        assertTrue(exact <= claim.statedBound(p), exact + " > " + claim.statedBound(p));
        org.junit.jupiter.api.Assertions.assertThrows(org.reluspec.util.ReluSpecArgumentException.class,
                () -> ParameterPoint.of(claim, java.util.Map.of("d", 16.0, "ell", 17.0, "m", 4.0, "k", 4.0)));
    }
}
