package org.reluspec.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Reads a dataset file: one example per line, {@code label,x_1,...,x_d}, label {@code +1} or {@code -1} (also
 * {@code 1}), numbers in Java's decimal syntax, lines starting with {@code #} and blank lines ignored. Every line must
 * have the same number of columns. A malformed file is refused with {@code MALFORMED_FILE} naming the line and
 * column.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * @param file the file
     * @return the dataset
     * @throws ReluSpecArgumentException when the file cannot be read or is malformed
     */
    public static Dataset read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "cannot be read: " + e.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        int d = -1;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",");
            String where = file + " line " + (n + 1);
            if (cols.length < 2) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where, "needs a label and at least one "
                        + "coordinate (label,x_1,...,x_d)");
            }
            if (d < 0) {
                d = cols.length - 1;
            } else if (cols.length - 1 != d) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where, "has " + (cols.length - 1)
                        + " coordinates, earlier lines have " + d);
            }
            double label = number(cols[0], where, 1);
            if (label != 1 && label != -1) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where, "label " + cols[0].strip()
                        + " is not +1 or -1");
            }
            double[] x = new double[d];
            for (int k = 0; k < d; k++) {
                x[k] = number(cols[k + 1], where, k + 2);
            }
            rows.add(x);
            labels.add(label);
        }
        if (rows.isEmpty()) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "has no examples");
        }
        double[] x = new double[rows.size() * d];
        double[] y = new double[rows.size()];
        for (int j = 0; j < rows.size(); j++) {
            System.arraycopy(rows.get(j), 0, x, j * d, d);
            y[j] = labels.get(j);
        }
        return new Dataset(x, y, d);
    }

    private static double number(String text, String where, int column) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where + " column " + column,
                        "'" + text.strip() + "' is not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where + " column " + column,
                    "'" + text.strip() + "' is not a number");
        }
    }
}
