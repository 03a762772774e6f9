package dev.clvops.deploy.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.jobs.JobState;
import dev.clvops.platform.testing.TestDatabase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcJobRunStoreIT {

    private static final String HOST = System.getenv().getOrDefault("HOSTNAME", "localhost");

    private final JdbcJobRunStore store = new JdbcJobRunStore(TestDatabase.dataSource());
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

    @BeforeEach
    void noRuns() {
        jdbc.sql("DELETE FROM job_runs").update();
    }

    @Test
    void failsTheUnfinishedRunsOfAProcessOfThisHostThatIsGone() {
        long orphan = running(Long.MAX_VALUE + "@" + HOST);

        int failed = store.failOrphans();

        assertThat(failed).isEqualTo(1);
        var run = store.find(orphan).orElseThrow().run();
        assertThat(run.state()).isEqualTo(JobState.FAILED);
        assertThat(run.error()).contains("ended before the run did");
    }

    @Test
    void leavesRunsOfLiveProcessesAndOfOtherHostsRunning() {
        long mine = store.insert("report", Map.of(), Instant.now());
        jdbc.sql("UPDATE job_runs SET status = 'RUNNING' WHERE run_id = ?").param(mine).update();
        long elsewhere = running("12345@another-host-" + HOST);

        int failed = store.failOrphans();

        assertThat(failed).isZero();
        assertThat(store.find(mine).orElseThrow().run().state()).isEqualTo(JobState.RUNNING);
        assertThat(store.find(elsewhere).orElseThrow().run().state()).isEqualTo(JobState.RUNNING);
    }

    private long running(String instance) {
        return jdbc.sql("INSERT INTO job_runs (kind, parameters, status, submitted_at, started_at, instance)"
                + " VALUES ('snapshot', '{}', 'RUNNING', now(), now(), ?) RETURNING run_id").param(instance)
                .query(Long.class).single();
    }
}
