package org.reluspec.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numbered rows of the discrepancy register ({@code spec/discrepancies.md}): the one parser that the report and
 * the integration tests share. Cells are split on unescaped pipes ({@code \|} stands inside a cell).
 *
 * @param rows the rows with the expected nine columns
 * @param malformed one line per numbered row with another column count (a {@code |} left unescaped in a cell)
 */
public record Register(List<Row> rows, List<String> malformed) {

    /**
     * One finding.
     *
     * @param number the row number
     * @param id claim or experiment id
     * @param variants the variants the row covers (or {@code experiment})
     * @param verdict the verdict it explains
     * @param kind false, step, vacuous, edge, text, hidden hypothesis
     * @param smallest the smallest parameters that show it
     * @param found what was found
     * @param reproduce the commands that reproduce it
     * @param confidence the confidence
     */
    public record Row(int number, String id, List<String> variants, String verdict, String kind, String smallest,
                      String found, String reproduce, String confidence) {

        /** @return whether the row is about an experiment rather than a claim variant */
        public boolean experiment() {
            // a paper-size rerun is recorded, not rerun by mvn verify (hours): "paper-size experiment"
            return variants.equals(List.of("experiment")) || variants.equals(List.of("paper-size experiment"));
        }

        /** @return whether the search found it: its command is {@code reluspec falsify} */
        public boolean searchFinding() {
            return reproduce.contains("falsify");
        }
    }

    /**
     * @param text the register's Markdown
     * @return its numbered rows
     */
    public static Register parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] c = line.split("(?<!\\\\)\\|");
            if (c.length < 2 || !c[1].trim().matches("\\d+")) {
                continue;
            }
            if (c.length != 10) {
                malformed.add("row " + c[1].trim() + " has " + (c.length - 1) + " columns instead of 9");
                continue;
            }
            rows.add(new Row(Integer.parseInt(c[1].trim()), c[2].trim(),
                    Arrays.stream(c[3].split(",")).map(String::trim).toList(), c[4].trim(), c[5].trim(),
                    unescape(c[6]), unescape(c[7]), unescape(c[8]), c[9].trim()));
        }
        return new Register(List.copyOf(rows), List.copyOf(malformed));
    }

    /**
     * @param file the register file
     * @return its numbered rows
     * @throws IOException when it cannot be read
     */
    public static Register read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    private static String unescape(String cell) {
        return cell.trim().replace("\\|", "|");
    }
}
