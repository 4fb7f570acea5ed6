package org.reluspec.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.Coverage;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.Size;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * The papers found on the class path ({@link ServiceLoader} over {@link Paper}), in the order of the service files:
 * the one place that knows which papers exist. The context class loader is used, so a caller can add a paper
 * (a test paper, a user's plug-in jar) without editing the suite.
 */
public final class Papers {

    private Papers() {
    }

    /** @return every paper, in service-file order */
    public static List<Paper> all() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Paper> out = new ArrayList<>();
        for (Paper p : ServiceLoader.load(Paper.class, loader == null ? Papers.class.getClassLoader() : loader)) {
            out.add(p);
        }
        return out;
    }

    /** @return the claims of every paper, paper by paper */
    public static ClaimRegistry registry() {
        List<Claim> claims = new ArrayList<>();
        for (Paper p : all()) {
            claims.addAll(p.claims());
        }
        return ClaimRegistry.of(claims);
    }

    /** @return every experiment the suite reruns, paper by paper */
    public static List<Experiment> experiments() {
        return all().stream().flatMap(p -> p.experiments().stream()).toList();
    }

    /**
     * @param id e.g. {@code MYV-E2} (case-insensitive)
     * @return the experiment
     * @throws ReluSpecArgumentException naming the id when there is none
     */
    public static Experiment experiment(String id) {
        List<Experiment> all = experiments();
        return all.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst().orElseThrow(
                () -> new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, id + " (experiments: "
                        + String.join(", ", all.stream().map(Experiment::id).toList()) + ")"));
    }

    /**
     * @return every experimental configuration of every paper: the rerun experiments' own configurations first, then
     *         the configurations the suite does not rerun
     */
    public static List<ExperimentEntry> experimentConfigurations() {
        List<ExperimentEntry> out = new ArrayList<>();
        for (Experiment e : experiments()) {
            List<Experiment.Configuration> configurations = new ArrayList<>(e.configurations(Size.REDUCED));
            List<Experiment.Configuration> paper = e.configurations(Size.PAPER);
            if (!paper.equals(configurations)) {
                for (Experiment.Configuration c : paper) {
                    configurations.add(new Experiment.Configuration("[paper size] " + c.name(), c.description(),
                            c.hypotheses()));
                }
            }
            out.add(new ExperimentEntry(e.id(), e.source(), configurations));
        }
        for (Paper p : all()) {
            out.addAll(p.otherExperimentConfigurations());
        }
        return out;
    }

    /**
     * @param sharedCatalogue the text of the shared catalogue ({@code ../shared/claims/CATALOGUE.md})
     * @return one coverage row per id of the shared catalogue and of every paper's own catalogue, in that order
     */
    public static List<Coverage.Row> coverage(String sharedCatalogue) {
        StringBuilder text = new StringBuilder(sharedCatalogue);
        List<Coverage.Exemption> exemptions = new ArrayList<>();
        java.util.Map<String, String> gaps = new java.util.LinkedHashMap<>();
        for (Paper p : all()) {
            p.catalogue().ifPresent(c -> text.append('\n').append(c));
            exemptions.addAll(p.exemptions());
            gaps.putAll(p.proofBudgetGaps());
        }
        return Coverage.of(text.toString(), registry(), exemptions, gaps);
    }
}
