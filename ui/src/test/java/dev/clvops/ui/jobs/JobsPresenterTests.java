package dev.clvops.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.jobs.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class JobsPresenterTests {

    private static final Instant START = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void parsesKeyValueParametersAndIgnoresBlanks() {
        assertThat(JobsPresenter.parameters(" cutoff=2026-01-31 , horizon_days=90,, ")).containsExactly(
                Map.entry("cutoff", "2026-01-31"), Map.entry("horizon_days", "90"));
        assertThat(JobsPresenter.parameters("")).isEmpty();
    }

    @Test
    void readsAPieceWithoutEqualsAsTheContinuationOfAListValue() {
        assertThat(JobsPresenter.parameters("families=bgnbd,paretonbd, seed=7")).containsExactly(
                Map.entry("families", "bgnbd,paretonbd"), Map.entry("seed", "7"));
    }

    @Test
    void rejectsAParameterWithoutAKeyNamingIt() {
        assertThatThrownBy(() -> JobsPresenter.parameters("seed=1, =3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'=3'");
        assertThatThrownBy(() -> JobsPresenter.parameters("families"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'families'");
    }

    @Test
    void fillsTheBarByPercentAndLeavesItIndeterminateWhileUnknown() {
        assertThat(JobsPresenter.bar(run(JobState.RUNNING, 40, null))).isEqualTo(0.4);
        assertThat(JobsPresenter.bar(run(JobState.RUNNING, -1, null))).isEqualTo(-1);
        assertThat(JobsPresenter.bar(run(JobState.COMPLETED, 100, START.plusSeconds(3)))).isEqualTo(1);
        assertThat(JobsPresenter.bar(run(JobState.FAILED, -1, START.plusSeconds(3)))).isZero();
    }

    @Test
    void measuresDurationToTheEndOrToNow() {
        assertThat(JobsPresenter.duration(run(JobState.COMPLETED, 100, START.plusSeconds(65)), START))
                .isEqualTo("1m 05s");
        assertThat(JobsPresenter.duration(run(JobState.RUNNING, 10, null), START.plusSeconds(12))).isEqualTo("12s");
    }

    @Test
    void offersEveryKindButIngestWhichStartsFromAnUpload() {
        JobsPresenter presenter = new JobsPresenter(new KindsOnly(Map.of("ingest", "upload", "snapshot", "features",
                "train", "models")));

        assertThat(presenter.startableKinds()).containsOnlyKeys("snapshot", "train");
    }

    private static JobRun run(JobState state, double percent, @Nullable Instant ended) {
        return new JobRun(1, "snapshot", Map.of(), state, percent, "", START, START, ended, null);
    }

    /** Knows its kinds; the presenter's other calls are not made in these tests. */
    private record KindsOnly(Map<String, String> kinds) implements JobRuns {
        @Override
        public JobRun start(String kind, Map<String, String> parameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean stop(long runId) {
            return false;
        }

        @Override
        public Optional<JobRun> run(long runId) {
            return Optional.empty();
        }

        @Override
        public List<JobRun> recent(int limit) {
            return List.of();
        }

        @Override
        public List<JobRunSummary> batchExecutions(int limit) {
            return List.of();
        }
    }
}
