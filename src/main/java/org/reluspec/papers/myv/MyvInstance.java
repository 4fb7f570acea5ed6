package org.reluspec.papers.myv;

import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.MyvNetwork;

/**
 * One random instance of the MYV setting, drawn from one stream in a fixed order: the subspace {@code P} (a Haar
 * frame, or the coordinate subspace {@code M}), then {@code r} training examples in {@code P} with labels, then the
 * initialization {@code (u, w(0))} with {@code w_i(0) ~ N(0, beta^2 I_d)}.
 *
 * @param p the data subspace
 * @param data the training set, in {@code P}
 * @param net the network at initialization (training updates it in place)
 * @param initialW a copy of {@code w(0)}
 */
record MyvInstance(DataSubspace p, Dataset data, MyvNetwork net, double[] initialW) {

    /**
     * @param point needs {@code d, ell, m, r}
     * @param coordinate {@code P = M} (exact zeros off the manifold) or a Haar-random {@code P}
     * @param labels label rule
     * @param beta initialization standard deviation
     * @param rng the instance's stream
     * @return the instance
     */
    static MyvInstance draw(ParameterPoint point, boolean coordinate, SubspaceData.Labels labels, double beta,
                            UniformRandomProvider rng) {
        return draw(point, coordinate, labels, SubspaceData.Layout.GAUSSIAN, beta, rng);
    }

    /** As {@link #draw(ParameterPoint, boolean, SubspaceData.Labels, double, UniformRandomProvider)}, with a layout. */
    static MyvInstance draw(ParameterPoint point, boolean coordinate, SubspaceData.Labels labels,
                            SubspaceData.Layout layout, double beta, UniformRandomProvider rng) {
        int d = point.getInt("d");
        int ell = point.getInt("ell");
        DataSubspace p = coordinate ? DataSubspace.coordinate(d, ell) : DataSubspace.random(d, ell, rng);
        Dataset data = SubspaceData.sample(p, point.getInt("r"), labels, layout, rng);
        MyvNetwork net = MyvNetwork.initialize(d, point.getInt("m"), beta, rng);
        return new MyvInstance(p, data, net, net.w().clone());
    }

    /**
     * @param w flat weights
     * @param i neuron
     * @return {@code w_bar_i}: the coordinates of {@code Pi_{P-perp}(w_i)} in the basis of {@code P-perp}
     */
    double[] perpPart(double[] w, int i) {
        double[] out = new double[p.ell()];
        p.perpCoordinates(w, i * p.d(), out);
        return out;
    }
}
