package dev.clvops.training.scoring;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads the snapshot's customers in the champion's time unit, predicts them in parallel chunks and COPYs the
 * predictions into the open scoring run, inside the step's transaction (a failure leaves no rows).
 */
class ScoreCustomersTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScoreCustomersTasklet.class);

    private final DataSource dataSource;
    private final TrainingSetSource trainingSets;
    private final ChampionModels models;
    private final ScoringRunRepository runs;
    private final ScoringSettings settings;
    private final ProgressListener progress;

    ScoreCustomersTasklet(DataSource dataSource, TrainingSetSource trainingSets, ChampionModels models,
                          ScoringRunRepository runs, ScoringSettings settings, ProgressListener progress) {
        this.dataSource = dataSource;
        this.trainingSets = trainingSets;
        this.models = models;
        this.runs = runs;
        this.settings = settings;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        long runId = job.getLong(OpenScoringRunTasklet.SCORING_RUN_ID);
        Champion champion = runs.champion(runId);
        ClvModel model = models.load(champion);
        TrainingSet set = trainingSets.load(new SnapshotId(job.getLong(SnapshotTasklet.SNAPSHOT_ID)),
                ChampionModels.unit(model));
        List<CustomerRow> rows = aligned(set, model);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PredictionWriter writer = new PredictionWriter(connection, runId)) {
            ThroughputReporter reporter = new ThroughputReporter(progress, rows.size());
            new ParallelPredictor(model, champion.horizonDays(), settings.clv(), settings.chunkSize(), true)
                    .predict(rows, threads(), chunk -> {
                        for (int i = 0; i < chunk.predictions().size(); i++) {
                            writer.write(chunk.predictions().get(i), chunk.topFactors(i));
                        }
                        reporter.advanced(writer.rows());
                    });
            writer.finish();
            job.putLong(SealScoringRunTasklet.ROW_COUNT, writer.rows());
            contribution.incrementWriteCount(writer.rows());
            log.info("scored {} customers with {} v{} over {} days", writer.rows(), champion.family(),
                    champion.version(), champion.horizonDays());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return RepeatStatus.FINISHED;
    }

    /** xgboost needs the features in its training order; the other families read the BTYD columns only. */
    private static List<CustomerRow> aligned(TrainingSet set, ClvModel model) {
        if (!(model instanceof XgboostClvModel xgboost)) {
            return set.rows();
        }
        FeatureAlignment alignment = FeatureAlignment.of(set.featureNames(), xgboost.featureNames());
        return alignment.isIdentity(set.featureNames().size()) ? set.rows()
                : set.rows().stream().map(alignment::align).toList();
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
