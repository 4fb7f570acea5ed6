package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class CoordinateProjectionsProperties {

    /** A vector with its codimension, ell from 0 to d inclusive (both edges are generated, see coverage). */
    record Split(double[] x, int ell) {
    }

    @Provide
    Arbitrary<Split> vectorsWithCodimension() {
        Arbitrary<Double> entry = Arbitraries.doubles().between(-1e300, 1e300)
                .withSpecialValue(-0.0).withSpecialValue(Double.MIN_VALUE)
                .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(Double.NEGATIVE_INFINITY);
        return Arbitraries.integers().between(1, 40).flatMap(d ->
                Combinators.combine(entry.array(double[].class).ofSize(d), Arbitraries.integers().between(0, d))
                        .as(Split::new));
    }

    @Property
    void projectionOntoMIsIdempotentAndLandsInM(@ForAll("vectorsWithCodimension") Split s) {
        int d = s.x().length;
        Statistics.label("edge").collect(s.ell() == 0 ? "ell=0" : s.ell() == d ? "ell=d" : "interior");
        double[] once = new double[d];
        double[] twice = new double[d];
        CoordinateProjections.projectOntoM(s.x(), s.ell(), once);
        CoordinateProjections.projectOntoM(once, s.ell(), twice);
        assertTrue(CoordinateProjections.isInM(once, s.ell()));
        for (int k = 0; k < d; k++) {
            assertEquals(Double.doubleToRawLongBits(once[k]), Double.doubleToRawLongBits(twice[k]), "coordinate " + k);
        }
        Statistics.label("edge").coverage(c -> {
            c.check("ell=0").count(n -> n > 0);
            c.check("ell=d").count(n -> n > 0);
        });
    }

    @Property
    void projectionsAreComplementaryAndOrthogonal(@ForAll("vectorsWithCodimension") Split s) {
        int d = s.x().length;
        double[] inM = new double[d];
        double[] inPerp = new double[d];
        CoordinateProjections.split(s.x(), s.ell(), inM, inPerp);
        for (int k = 0; k < d; k++) {
            assertEquals(s.x()[k], inM[k] + inPerp[k], 0.0, "x = Pi_M x + Pi_perp x at " + k);
            assertTrue(inM[k] == 0.0 || inPerp[k] == 0.0);
        }
    }

    @Property
    void projectingAVectorAlreadyInMChangesNothing(@ForAll("vectorsWithCodimension") Split s) {
        double[] inM = new double[s.x().length];
        CoordinateProjections.projectOntoM(s.x(), s.ell(), inM);
        double[] again = new double[inM.length];
        CoordinateProjections.projectOntoM(inM, s.ell(), again);
        double[] perp = new double[inM.length];
        CoordinateProjections.projectOntoMPerp(inM, s.ell(), perp);
        for (int k = 0; k < inM.length; k++) {
            assertEquals(inM[k], again[k], 0.0);
            assertEquals(0.0, perp[k], 0.0);
        }
    }
}
