// Runtime assertion checking driver for OpenJML's --rac build of the kernel (proofs-checks/openjml/run.sh).
// Calls every public kernel method on deterministic inputs that satisfy the preconditions, including the edge values
// the contracts talk about (signed zeros, subnormals, the admissible bounds), so that each pre- and postcondition is
// evaluated at run time. Java-5-level syntax like the kernel, so OpenJML's compiler accepts it.
import org.reluspec.kernel.Activations;
import org.reluspec.kernel.CoordinateProjections;
import org.reluspec.kernel.GradientStep;
import org.reluspec.kernel.Losses;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;

public class RacDriver {

    private static long state = 20261123L;

    private static double next() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return ((state >>> 11) * 0x1.0p-53) * 2.0 - 1.0;
    }

    private static double[] vector(int n, double scale) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = scale * next();
        }
        return a;
    }

    public static void main(String[] args) {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0, -1.0, 1e-300, 1e300, 700.0, -700.0};
        for (int r = 0; r < edges.length; r++) {
            Activations.relu(edges[r]);
            Activations.step(edges[r]);
            Losses.logistic(edges[r]);
            Losses.logisticDerivative(edges[r]);
            Losses.exponential(Math.max(-700.0, Math.min(700.0, edges[r])));
            Losses.exponentialDerivative(Math.max(-700.0, Math.min(700.0, edges[r])));
            Losses.logExponential(edges[r]);
        }
        for (int round = 0; round < 200; round++) {
            int d = 2 + round % 7;
            int ell = 1 + round % (d - 1);
            int m = 1 + round % 5;
            double[] x = vector(d, 3.0);
            double[] y = vector(d, 3.0);
            Vectors.isAdmissible(x, 0, d);
            Vectors.dot(x, 0, y, 0, d);
            Vectors.squaredNorm(x);
            Vectors.axpy(0.5, x, 0, y, 0, d);
            double[] in = new double[d];
            double[] out = new double[d];
            CoordinateProjections.isInM(x, ell);
            CoordinateProjections.projectOntoM(x, ell, in);
            CoordinateProjections.projectOntoMPerp(x, ell, out);
            CoordinateProjections.split(x, ell, in, out);
            double[] w = vector(m * d, 1.0);
            double[] b = vector(m, 1.0);
            double[] v = vector(m, 1.0);
            TwoLayerNet.preActivation(w, b, d, 0, x, 0);
            TwoLayerNet.forward(w, b, v, d, m, x);
            TwoLayerNet.inputGradient(w, b, v, d, m, x, out);
            double[] gw = new double[m * d];
            double[] gb = new double[m];
            double[] gc = new double[m];
            TwoLayerNet.accumulateFirstLayerGradient(w, b, v, d, m, x, 0, 0.25, gw, gb, gc);
            double[] data = new double[3 * d];
            for (int e = 0; e < 3; e++) {
                double[] p = vector(d, 1.0);
                CoordinateProjections.projectOntoM(p, ell, in);   // data in M: the frozen-weights postcondition applies
                System.arraycopy(in, 0, data, e * d, d);
            }
            int[] batch = {0, 1, 2};
            double[] coeff = {-0.5, 0.25, -0.125};
            GradientStep.apply(w, b, v, d, m, data, batch, coeff, 0.1, round % 2 == 0 ? 0.0 : 0.01, gw, gb, gc);
        }
        System.out.println("RacDriver: 200 rounds and the edge values ran");
    }
}
