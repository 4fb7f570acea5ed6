package org.reluspec.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reluspec.claims.myv.MyvA_1;
import org.reluspec.claims.steps.MyvSteps;
import org.reluspec.claims.steps.VysSteps;
import org.reluspec.claims.steps.WumaSteps;
import org.reluspec.claims.myv.MyvA_2;
import org.reluspec.claims.myv.MyvB_1;
import org.reluspec.claims.myv.MyvC4_1;
import org.reluspec.claims.myv.MyvC6_1;
import org.reluspec.claims.myv.MyvB_2;
import org.reluspec.claims.myv.MyvC_1;
import org.reluspec.claims.myv.MyvC_2;
import org.reluspec.claims.myv.MyvC_3;
import org.reluspec.claims.myv.MyvD_1;
import org.reluspec.claims.myv.MyvR3_1;
import org.reluspec.claims.myv.MyvT4_1;
import org.reluspec.claims.myv.MyvT5_1;
import org.reluspec.claims.myv.MyvT5_1Chain;
import org.reluspec.claims.myv.MyvT5_1Events;
import org.reluspec.claims.myv.MyvT6_1;
import org.reluspec.claims.myv.MyvTrainedGradient;
import org.reluspec.claims.vys.VysC_9;
import org.reluspec.claims.vys.VysL3_1;
import org.reluspec.claims.vys.VysS5_1;
import org.reluspec.claims.vys.VysT3_1;
import org.reluspec.claims.wuma.WumaB_1;
import org.reluspec.claims.wuma.WumaB_2;
import org.reluspec.claims.wuma.WumaB_3;
import org.reluspec.claims.wuma.WumaB_4;
import org.reluspec.claims.wuma.WumaEq1;
import org.reluspec.claims.wuma.WumaEq2;
import org.reluspec.claims.wuma.WumaEq3;
import org.reluspec.claims.wuma.WumaEq4;
import org.reluspec.claims.wuma.WumaL4_3;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** Every encoded claim, in catalogue order. */
public final class ClaimRegistry {

    private final List<Claim> claims;

    private ClaimRegistry(List<Claim> claims) {
        this.claims = Collections.unmodifiableList(new ArrayList<>(claims));
    }

    /** @return the registry of all encoded claims */
    public static ClaimRegistry standard() {
        List<Claim> all = new ArrayList<>(List.of(
                MyvR3_1.printedDerivative(), MyvR3_1.printedBound(),
                new MyvT4_1(), MyvTrainedGradient.t41(), new MyvC4_1(), MyvT5_1.asPrinted(), MyvT5_1.asProved(),
                MyvT5_1Events.e1(), MyvT5_1Events.eq3(), MyvT5_1Events.e2(), MyvT5_1Events.e3(), new MyvT5_1Chain(),
                MyvT5_1.corollary(true), MyvT5_1.corollary(false), new MyvT6_1(),
                MyvTrainedGradient.t61(), MyvC6_1.c61(), MyvTrainedGradient.t62(), MyvC6_1.c62(),
                new MyvA_1(), MyvA_2.dataInM(), MyvA_2.rotatedP(), MyvA_2.l2Decay(),
                new MyvB_1(), new MyvB_2(), MyvC_1.asPrinted(), MyvC_1.intermediate(), new MyvC_2(), new MyvC_3(),
                MyvD_1.asPrinted(), MyvD_1.f001Statement(),
                new WumaL4_3(), WumaEq1.moment(), WumaEq1.doubleFactorial(), new WumaEq2(), new WumaEq3(),
                new WumaEq4(), new WumaB_1(), new WumaB_2(), new WumaB_3(), WumaB_4.part1(), WumaB_4.part2AsPrinted(),
                WumaB_4.part2FixedDelta(), org.reluspec.claims.wuma.WumaB_5.lemma41(),
                org.reluspec.claims.wuma.WumaB_5.withoutGarbledTerm(), org.reluspec.claims.wuma.WumaB_7.atInitialization(),
                org.reluspec.claims.wuma.WumaB_7.certifiedBall(), org.reluspec.claims.wuma.WumaB_8.exactBall(),
                org.reluspec.claims.wuma.WumaC3_2.asPrinted(), new org.reluspec.claims.wuma.WumaPf3_1(),
                new org.reluspec.claims.wuma.WumaCone(), new org.reluspec.claims.wuma.WumaD2_1(),
                org.reluspec.claims.wuma.WumaT3_1.atInitialization(), org.reluspec.claims.wuma.WumaT3_1.overBall(),
                org.reluspec.claims.wuma.WumaScaling.stepAtInit(), org.reluspec.claims.wuma.WumaScaling.perturbationAtInit(),
                org.reluspec.claims.wuma.WumaScaling.stepOverBall(), org.reluspec.claims.wuma.WumaScaling.gradientOverBall(),
                org.reluspec.claims.wuma.WumaScaling.gradientChange("WUMA-B.9"),
                org.reluspec.claims.wuma.WumaScaling.gradientChange("WUMA-L4.4"),
                org.reluspec.claims.wuma.WumaScaling.stepAgainstWidth(),
                org.reluspec.claims.wuma.WumaScaling.gradientAgainstWidth(),
                VysL3_1.partA(), VysL3_1.partB(), new VysT3_1(), new VysS5_1(), new VysC_9()));
        // the explicit arithmetic steps of catalogue section 8, each a claim of its own
        all.addAll(org.reluspec.claims.vys.VysKkt.all());
        all.addAll(org.reluspec.claims.vys.VysEx1.both());
        all.add(new org.reluspec.claims.vys.VysT2_1());
        all.addAll(MyvSteps.all());
        all.addAll(WumaSteps.all());
        all.addAll(VysSteps.all());
        return new ClaimRegistry(all);
    }

    /** @return all claims */
    public List<Claim> all() {
        return claims;
    }

    /**
     * @param id a catalogue id, e.g. {@code "MYV-B.1"} (case-insensitive)
     * @return every variant of that claim
     * @throws ReluSpecArgumentException {@link Violation#UNKNOWN_CLAIM} when there is none
     */
    public List<Claim> byId(String id) {
        List<Claim> found = claims.stream().filter(c -> c.id().equalsIgnoreCase(id)).toList();
        if (found.isEmpty()) {
            throw new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, id);
        }
        return found;
    }
}
