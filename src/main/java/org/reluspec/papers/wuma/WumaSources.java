package org.reluspec.papers.wuma;

import org.reluspec.engine.Source;

/** Where the WUMA claims are printed (seed file F003, OCR). */
final class WumaSources {

    private WumaSources() {
    }

    static Source section(String label, String where) {
        return new Source("WUMA", label, "F003 " + where);
    }

    static Source appendixB(String label) {
        return new Source("WUMA", label, "F003 App. B");
    }
}
