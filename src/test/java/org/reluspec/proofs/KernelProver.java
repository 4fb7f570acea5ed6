package org.reluspec.proofs;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.java.Services;
import de.uka.ilkd.key.logic.PosInOccurrence;
import de.uka.ilkd.key.logic.PosInTerm;
import de.uka.ilkd.key.logic.SequentFormula;
import de.uka.ilkd.key.logic.Term;
import de.uka.ilkd.key.logic.op.JFunction;
import de.uka.ilkd.key.logic.op.Quantifier;
import de.uka.ilkd.key.logic.op.SchemaVariable;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Node;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.RuleAppIndex;
import de.uka.ilkd.key.proof.rulefilter.TacletFilter;
import de.uka.ilkd.key.rule.PosTacletApp;
import de.uka.ilkd.key.rule.Taclet;
import de.uka.ilkd.key.rule.TacletApp;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.DefaultSMTSettings;
import de.uka.ilkd.key.settings.ProofIndependentSettings;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.smt.SMTProblem;
import de.uka.ilkd.key.smt.SMTRuleApp;
import de.uka.ilkd.key.smt.SMTSolverResult;
import de.uka.ilkd.key.smt.SolverLauncher;
import de.uka.ilkd.key.smt.solvertypes.SolverType;
import de.uka.ilkd.key.smt.solvertypes.SolverTypes;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.key_project.logic.sort.Sort;

/**
 * Proves the JML contracts of a source folder with KeY 2.12.3, headless, with the settings of DESIGN.md section 7:
 * integer overflow checked, floats as strictfp, runtime exceptions banned, query treatment on. Auto mode never calls
 * an SMT solver by itself, so every goal left open is sent, one at a time, to Z3's floating-point translation,
 * then to plain Z3, then to cvc5 (which closes fused float goals Z3 times out on); a goal a solver proves valid is
 * closed with KeY's SMT rule.
 *
 * <p>What auto mode and the solvers leave open gets one more round: each universally quantified integer formula of
 * a goal's antecedent is instantiated (KeY's {@code allLeft}) at each integer Skolem constant of its succedent, then
 * auto mode and the solvers run again. Auto mode's own instantiation heuristics miss exactly these instances in
 * loop invariants over offsets ({@code y[yOffset + q]} is needed at the {@code k_0} of the iteration at hand); the
 * round applies ordinary rules, so KeY checks every step and a false contract cannot close.
 *
 * <p>Only types of the given package prefix are proved; contracts a type inherits from the JDK stubs (for example
 * {@code Throwable::getMessage}) are not ours and are skipped.
 */
public final class KernelProver {

    /** Source files KeY cannot load (see proofs-checks/README.md): {@code Math.log1p} is missing from its stubs. */
    public static final Set<String> UNLOADABLE = Set.of("Losses.java", "package-info.java");

    static {
        // KeY reads and writes its settings under ~/.key; two KeY JVMs at once (the known-open worker beside the
        // proof step) raced there: one read the JSON while the other was writing it ("Error in configuration",
        // seen in ci/break-kernel.sh). Each JVM gets a fresh, private folder, which is also what a fresh CI machine has.
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("reluspec-key-settings");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {   // KeY writes files there: remove them all
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (java.io.IOException e) {
                    // a leftover settings folder in the temp directory is harmless
                }
            }));
            de.uka.ilkd.key.settings.PathConfig.setKeyConfigDir(dir.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a folder for KeY's settings", e);
        }
    }

    private final int maxSteps;
    private final int maxGoalsForSmt;
    private final long z3FpMillis;
    private final long z3Millis;
    private final long cvc5Millis;
    private final int instantiationSteps;
    private final boolean z3Installed;

    /**
     * @param maxSteps rule applications of auto mode
     * @param maxGoalsForSmt contracts with more open goals than this skip the solver (each goal costs a timeout)
     * @param z3FpMillis timeout of the floating-point translation per goal
     * @param z3Millis timeout of the default translation per goal
     * @param cvc5Millis timeout of cvc5 per goal Z3 left open (0, or cvc5 not installed: skipped)
     * @param instantiationSteps auto-mode steps after the instantiation round (0: no round)
     */
    public KernelProver(int maxSteps, int maxGoalsForSmt, long z3FpMillis, long z3Millis, long cvc5Millis,
            int instantiationSteps) {
        this.maxSteps = maxSteps;
        this.maxGoalsForSmt = maxGoalsForSmt;
        this.z3FpMillis = z3FpMillis;
        this.z3Millis = z3Millis;
        this.cvc5Millis = cvc5Millis;
        this.instantiationSteps = instantiationSteps;
        this.z3Installed = z3OnPath();
    }

    /** @return whether a {@code z3} executable is on the PATH */
    public static boolean z3OnPath() {
        return onPath("z3");
    }

    /** @return whether a {@code cvc5} executable is on the PATH */
    public static boolean cvc5Installed() {
        return onPath("cvc5");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether Z3 was found */
    public boolean z3Installed() {
        return z3Installed;
    }

    /**
     * Copies {@code packageDir}'s loadable Java files into a fresh source root under {@code work} (KeY loads a
     * whole folder, and one file it cannot resolve fails the load).
     *
     * @param packageDir e.g. {@code src/main/java/org/reluspec/kernel}
     * @param packagePath e.g. {@code org/reluspec/kernel}
     * @param work scratch directory
     * @return the source root to load
     * @throws IOException when copying fails
     */
    public static Path stage(Path packageDir, String packagePath, Path work) throws IOException {
        Path target = work.resolve(packagePath);
        Files.createDirectories(target);
        try (var files = Files.list(packageDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!UNLOADABLE.contains(f.getFileName().toString())) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return work;
    }

    /**
     * @param sourceRoot the folder to load
     * @param packagePrefix only types whose name starts with this are proved
     * @param selected which contract keys to attempt (others are skipped)
     * @return one result per attempted contract, in KeY's order
     * @throws Exception when KeY cannot load the folder
     */
    public List<ContractResult> proveAll(Path sourceRoot, String packagePrefix, Predicate<String> selected)
            throws Exception {
        return proveAll(sourceRoot, packagePrefix, selected, (a, b) -> 0);
    }

    /**
     * @param sourceRoot the folder to load
     * @param packagePrefix only types whose name starts with this are proved
     * @param selected asked once per contract, just before it would be proved (so it may claim the contract from a
     *                 queue shared with another prover)
     * @param order the order in which contracts are offered to {@code selected} and proved (ties keep KeY's order)
     * @return one result per attempted contract, in the order proved
     * @throws Exception when KeY cannot load the folder
     */
    public List<ContractResult> proveAll(Path sourceRoot, String packagePrefix, Predicate<String> selected,
                                         Comparator<String> order) throws Exception {
        File location = sourceRoot.toFile();
        if (!ProofSettings.isChoiceSettingInitialised()) {
            KeYEnvironment.load(location, null, null, null).dispose();
        }
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> sound = new HashMap<>(choices.getDefaultChoices());
        sound.put("intRules", "intRules:arithmeticSemanticsCheckingOF");
        sound.put("runtimeExceptions", "runtimeExceptions:ban");
        sound.put("floatRules", "floatRules:assumeStrictfp");
        choices.setDefaultChoices(sound);
        KeYEnvironment<?> env = KeYEnvironment.load(location, null, null, null);
        try {
            List<Map.Entry<String, Contract>> contracts = new ArrayList<>();
            for (KeYJavaType type : env.getJavaInfo().getAllKeYJavaTypes()) {
                if (KeYTypeUtil.isLibraryClass(type) || !type.getFullName().startsWith(packagePrefix)) {
                    continue;
                }
                for (IObserverFunction target : env.getSpecificationRepository().getContractTargets(type)) {
                    if (!target.getContainerType().getFullName().startsWith(packagePrefix)) {
                        continue;
                    }
                    for (Contract c : env.getSpecificationRepository().getContracts(type, target)) {
                        contracts.add(Map.entry(key(c, type), c));
                    }
                }
            }
            contracts.sort(Map.Entry.comparingByKey(order));
            List<ContractResult> out = new ArrayList<>();
            for (Map.Entry<String, Contract> c : contracts) {
                if (selected.test(c.getKey())) {
                    out.add(prove(env, c.getValue(), c.getKey()));
                }
            }
            return out;
        } finally {
            env.dispose();
        }
    }

    /** {@code Type[Type::m(args)].JML normal_behavior operation contract.0} becomes {@code Type::m(args) normal_behavior 0}. */
    static String key(Contract c, KeYJavaType type) {
        String name = c.getName();
        String simple = type.getName();
        int open = name.indexOf('[');
        int close = name.indexOf("].");
        String method = open >= 0 && close > open ? name.substring(open + 1, close) : name;
        method = method.replace(type.getFullName() + "::", simple + "::");
        String rest = close >= 0 ? name.substring(close + 2) : "";
        String kind = rest.contains("exceptional_behavior") ? "exceptional_behavior"
                : rest.contains("normal_behavior") ? "normal_behavior" : "behavior";
        String index = rest.substring(rest.lastIndexOf('.') + 1);
        return method + " " + kind + " " + index;
    }

    private ContractResult prove(KeYEnvironment<?> env, Contract c, String key) throws Exception {
        long start = System.nanoTime();
        Proof proof = env.createProof(c.createProofObl(env.getInitConfig(), c));
        try {
            StrategyProperties sp = proof.getSettings().getStrategySettings().getActiveStrategyProperties();
            sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
            sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
            sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
            sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
            sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, StrategyProperties.NON_LIN_ARITH_DEF_OPS);
            proof.getSettings().getStrategySettings().setMaxSteps(maxSteps);
            proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory().create(proof, sp));
            env.getUi().getProofControl().startAndWaitForAutoMode(proof);
            int afterAuto = proof.openGoals().size();
            int byFp = 0;
            int byZ3 = 0;
            int byCvc5 = 0;
            int instances = 0;
            ContractResult.Status status;
            if (afterAuto == 0) {
                status = ContractResult.Status.CLOSED;
            } else if (!z3Installed) {
                status = ContractResult.Status.NOT_CHECKED_NO_Z3;
            } else {
                // goals the solvers failed on and neither the round nor auto mode has touched since
                Set<Node> unchanged = new HashSet<>();
                for (int round = 0; round < 2 && afterAuto <= maxGoalsForSmt && !proof.closed(); round++) {
                    if (round == 1) {   // what the solvers left: instantiate, then auto mode once more
                        if (instantiationSteps == 0 || proof.openGoals().size() > maxGoalsForSmt) {
                            break;
                        }
                        for (Goal g : proof.openGoals()) {
                            unchanged.add(g.node());
                            instances += instantiateAtSkolemConstants(g, proof.getServices());
                        }
                        // on every goal: one whose instances changed nothing may still have steps to go
                        proof.getSettings().getStrategySettings().setMaxSteps(instantiationSteps);
                        env.getUi().getProofControl().startAndWaitForAutoMode(proof);
                        if (proof.closed() || proof.openGoals().size() > maxGoalsForSmt) {
                            break;
                        }
                    }
                    // cheapest first: over every goal the solvers saw in a full proof step (2026-12-06, each goal
                    // given to all three), this order spent 148 s until a goal closed or all had failed, Z3_FP first
                    // 190 s; the same 99 of 113 goals close in any order (Z3_FP alone closes 8 of them)
                    byZ3 += smt(proof, unchanged, "Z3", z3Millis);
                    byCvc5 += proof.closed() || cvc5Millis == 0 || !cvc5Installed() ? 0
                            : smt(proof, unchanged, "CVC5", cvc5Millis);
                    byFp += proof.closed() ? 0 : smt(proof, unchanged, "Z3_FP", z3FpMillis);
                }
                status = proof.closed() ? ContractResult.Status.CLOSED : ContractResult.Status.OPEN;
                if (System.getenv("RELUSPEC_DUMP_GOALS") != null) {   // what is left, for whoever improves a contract
                    for (Goal g : proof.openGoals()) {
                        System.err.println("=== open goal of " + key + "\n" + de.uka.ilkd.key.pp.LogicPrinter
                                .quickPrintSequent(g.sequent(), proof.getServices()));
                    }
                }
            }
            return new ContractResult(key, status, afterAuto, byFp, byZ3, byCvc5, instances,
                    proof.openGoals().size(), proof.countNodes(), (System.nanoTime() - start) * 1e-9);
        } finally {
            proof.dispose();
        }
    }

    /**
     * Applies {@code allLeft} to every top-level {@code \forall int} formula of the antecedent, once per integer
     * Skolem constant (a constant such as {@code k_0}) of the succedent.
     *
     * @return the number of instances added
     */
    private static int instantiateAtSkolemConstants(Goal goal, Services services) {
        Sort intSort = services.getTypeConverter().getIntegerLDT().targetSort();
        Set<Term> constants = new LinkedHashSet<>();
        for (SequentFormula sf : goal.sequent().succedent()) {
            collectSkolemConstants(sf.formula(), intSort, constants);
        }
        List<SequentFormula> quantified = new ArrayList<>();
        for (SequentFormula sf : goal.sequent().antecedent()) {
            Term t = sf.formula();
            if (t.op() == Quantifier.ALL && t.boundVars().get(0).sort() == intSort) {
                quantified.add(sf);
            }
        }
        TacletFilter allLeft = new TacletFilter() {
            @Override
            protected boolean filter(Taclet taclet) {
                return "allLeft".equals(taclet.name().toString());
            }
        };
        int added = 0;
        Goal g = goal;
        for (SequentFormula sf : quantified) {
            for (Term c : constants) {
                RuleAppIndex index = g.ruleAppIndex();
                index.autoModeStopped();
                for (TacletApp app : index.getTacletAppAtAndBelow(allLeft,
                        new PosInOccurrence(sf, PosInTerm.getTopLevel(), true), services)) {
                    if (app instanceof PosTacletApp pos && pos.posInOccurrence().subTerm() == sf.formula()) {
                        SchemaVariable sv = app.uninstantiatedVars().iterator().next();
                        TacletApp instance = app.addInstantiation(sv, c, true, services).tryToInstantiate(services);
                        if (instance != null) {
                            g = g.apply(instance).head();
                            added++;
                        }
                        break;
                    }
                }
            }
        }
        return added;
    }

    private static void collectSkolemConstants(Term t, Sort intSort, Set<Term> out) {
        if (t.arity() == 0 && t.sort() == intSort && t.op() instanceof JFunction
                && t.op().name().toString().matches(".*_[0-9]+")) {
            out.add(t);
        }
        for (Term sub : t.subs()) {
            collectSkolemConstants(sub, intSort, out);
        }
    }

    /** Sends each open goal separately (one untranslatable goal must not abort the others); closes the valid ones. */
    private static int smt(Proof proof, Set<Node> skip, String solverName, long timeoutMillis) {
        SolverType type = SolverTypes.getSolverTypes().stream().filter(t -> t.getName().equals(solverName))
                .findFirst().orElseThrow(() -> new IllegalStateException("KeY has no solver " + solverName));
        ProofIndependentSettings.DEFAULT_INSTANCE.getSMTSettings().setTimeout(timeoutMillis);
        DefaultSMTSettings settings = new DefaultSMTSettings(proof.getSettings().getSMTSettings(),
                ProofIndependentSettings.DEFAULT_INSTANCE.getSMTSettings(), proof.getSettings().getNewSMTSettings(),
                proof);
        List<SMTProblem> problems = new ArrayList<>();
        for (Goal g : proof.openGoals()) {
            if (!skip.contains(g.node())) {   // a goal the solvers already failed on, unchanged since
                problems.add(new SMTProblem(g));
            }
        }
        int closed = 0;
        for (SMTProblem p : problems) {
            try {
                new SolverLauncher(settings).launch(List.of(type), List.of(p), proof.getServices());
            } catch (RuntimeException e) {
                continue; // the translation failed for this goal (seen: Z3_FP "already declared"); it stays open
            }
            if (p.getFinalResult().isValid() == SMTSolverResult.ThreeValuedTruth.VALID) {
                Goal g = p.getGoal();
                g.apply(SMTRuleApp.RULE.createApp(solverName).tryToInstantiate(g));
                closed++;
            }
        }
        return closed;
    }
}
