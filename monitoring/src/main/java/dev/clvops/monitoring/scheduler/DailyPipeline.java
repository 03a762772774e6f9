package dev.clvops.monitoring.scheduler;

import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the pipeline steps in order; the first failure stops the pipeline (later steps need the earlier ones). */
public final class DailyPipeline {

    private static final Logger log = LoggerFactory.getLogger(DailyPipeline.class);

    private final List<PipelineStep> steps;

    public DailyPipeline(List<PipelineStep> steps) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(PipelineStep::order)).toList();
    }

    /** Returns one summary line per step that ran. */
    public List<String> run(ProgressListener progress) {
        List<String> summaries = new ArrayList<>();
        for (PipelineStep step : steps) {
            log.info("Daily pipeline: step {}", step.name());
            summaries.add(step.name() + ": " + step.run(progress));
        }
        return summaries;
    }

    public List<String> stepNames() {
        return steps.stream().map(PipelineStep::name).toList();
    }
}
