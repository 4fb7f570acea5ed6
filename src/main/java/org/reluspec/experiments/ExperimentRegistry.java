package org.reluspec.experiments;

import java.util.List;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** The encoded experiments of the papers (catalogue section 6). */
public final class ExperimentRegistry {

    private ExperimentRegistry() {
    }

    /** @return every encoded experiment */
    public static List<Experiment> all() {
        return List.of(new MyvE2(), new MyvE3(), new MyvE4(), new MyvFig4a(), new MyvT5Tightness(), new WumaFig2(),
                new WumaFig3(), new WumaFig4(), new VysFig1a(), new VysFig1b());
    }

    /**
     * @param id e.g. {@code MYV-E2} (case-insensitive)
     * @return the experiment
     * @throws ReluSpecArgumentException naming the id when there is none
     */
    public static Experiment byId(String id) {
        return all().stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst().orElseThrow(
                () -> new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, id + " (experiments: "
                        + String.join(", ", all().stream().map(Experiment::id).toList()) + ")"));
    }
}
