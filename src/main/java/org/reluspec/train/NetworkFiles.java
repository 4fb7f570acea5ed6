package org.reluspec.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Reads a depth-2 network from JSON: {@code {"w": [[...], ...], "v": [...], "b": [...], "c": 0.0}} with {@code w}
 * the {@code m x d} first layer (row {@code j} is neuron {@code j}), {@code v} the {@code m} output weights, and the
 * optional biases {@code b} (default 0) and output bias {@code c} (default 0). Refuses a malformed file with
 * {@code MALFORMED_FILE} naming the field.
 */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /**
     * @param file the JSON file
     * @return the network
     */
    public static BiasedNetwork read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "not readable JSON: " + e.getMessage());
        }
        JsonNode w = root.path("w");
        if (!w.isArray() || w.isEmpty() || !w.get(0).isArray() || w.get(0).isEmpty()) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file + " field w",
                    "must be a non-empty array of non-empty arrays (m x d)");
        }
        int m = w.size();
        int d = w.get(0).size();
        double[] flat = new double[m * d];
        for (int j = 0; j < m; j++) {
            double[] row = numbers(w.get(j), d, file + " field w[" + j + "]");
            System.arraycopy(row, 0, flat, j * d, d);
        }
        double[] v = numbers(root.path("v"), m, file + " field v");
        double[] b = root.has("b") ? numbers(root.get("b"), m, file + " field b") : new double[m];
        double c = 0;
        if (root.has("c")) {
            if (!root.get("c").isNumber()) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file + " field c", "must be a number");
            }
            c = root.get("c").asDouble();
        }
        return new BiasedNetwork(d, m, flat, b, v, c);
    }

    private static double[] numbers(JsonNode node, int n, String where) {
        if (!node.isArray() || node.size() != n) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where, "must be an array of " + n + " numbers");
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            if (!node.get(k).isNumber() || !Double.isFinite(node.get(k).asDouble())) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, where + "[" + k + "]",
                        "'" + node.get(k) + "' is not a finite number");
            }
            out[k] = node.get(k).asDouble();
        }
        return out;
    }

    /**
     * @param net a network
     * @return {@code max_j | |v_j|^2 - ||w_j||^2 - b_j^2 | / max(1, |v_j|^2)}: 0 for a balanced network (VYS KKT points
     *         of the homogeneous problem satisfy {@code |v_j|^2 = ||w_j||^2 + b_j^2})
     */
    public static double imbalance(BiasedNetwork net) {
        double worst = 0;
        for (int j = 0; j < net.m; j++) {
            double s = net.b[j] * net.b[j];
            for (int k = 0; k < net.d; k++) {
                s += net.w[j * net.d + k] * net.w[j * net.d + k];
            }
            double v2 = net.v[j] * net.v[j];
            worst = Math.max(worst, Math.abs(v2 - s) / Math.max(1, v2));
        }
        return worst;
    }

    /**
     * @param net a network
     * @return whether every output weight is exactly {@code +-1/sqrt(m)} (MYV section 3)
     */
    public static boolean outputsArePlusMinusOneOverSqrtM(BiasedNetwork net) {
        double s = 1 / Math.sqrt(net.m);
        for (double vj : net.v) {
            if (Math.abs(Math.abs(vj) - s) > 1e-12 * s) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param net a network
     * @return whether any bias is nonzero
     */
    public static boolean hasBiases(BiasedNetwork net) {
        for (double bj : net.b) {
            if (bj != 0) {
                return true;
            }
        }
        return net.c != 0;
    }
}
