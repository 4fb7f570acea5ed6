package org.reluspec.cli;

/**
 * Entry point for {@code mvn verify} (exec plugin, in the Maven JVM): {@code reluspec report} without
 * {@code System.exit}, failing the build with an exception when the report cannot be written.
 */
public final class ReportMain {

    private ReportMain() {
    }

    /**
     * @param args passed to {@code reluspec report}
     */
    public static void main(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = ReluSpecCommand.execute(all);
        if (exit != 0) {
            throw new IllegalStateException("reluspec report exited with " + exit);
        }
    }
}
