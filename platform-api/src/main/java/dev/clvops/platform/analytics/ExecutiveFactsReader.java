package dev.clvops.platform.analytics;

import java.util.Optional;

/**
 * The facts of the executive summary PDF, read through the same code that writes the PDF, so the Executive summary
 * tab and the PDF cannot disagree.
 */
public interface ExecutiveFactsReader {

    /**
     * The executive facts of the latest completed analytics run, compared with the report before the newest
     * executive report of that run (or with the newest report when the run has none yet); empty before the first
     * analytics run.
     */
    Optional<ExecutiveFacts> latest();
}
