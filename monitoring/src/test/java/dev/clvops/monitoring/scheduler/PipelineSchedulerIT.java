package dev.clvops.monitoring.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import dev.clvops.platform.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Cron scheduling and the per-fire claim that keeps replicas from running a job twice. */
class PipelineSchedulerIT {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
        tasks.initialize();
    }

    @Test
    void twoInstancesFiringTheSameTimeRunTheJobOnce() {
        var first = new PipelineScheduler(tasks, jdbc, "replica-a");
        var second = new PipelineScheduler(tasks, jdbc, "replica-b");
        Instant fire = Instant.parse("2026-11-21T02:00:00Z");
        AtomicInteger runs = new AtomicInteger();

        boolean a = first.runOnce("daily-pipeline", fire, () -> List.of("run " + runs.incrementAndGet()));
        boolean b = second.runOnce("daily-pipeline", fire, () -> List.of("run " + runs.incrementAndGet()));
        boolean next = second.runOnce("daily-pipeline", fire.plusSeconds(86_400), () -> List.of("next"));

        assertThat(a).isTrue();
        assertThat(b).isFalse();
        assertThat(next).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForList("SELECT instance || ':' || status || ':' || message FROM scheduler_runs"
                + " ORDER BY fire_time", String.class))
                .containsExactly("replica-a:COMPLETED:run 1", "replica-b:COMPLETED:next");
    }

    @Test
    void aFailedRunIsRecordedAsFailed() {
        var scheduler = new PipelineScheduler(tasks, jdbc, "replica-a");

        scheduler.runOnce("daily-pipeline", Instant.parse("2026-11-21T02:00:00Z"), () -> {
            throw new IllegalStateException("no orders to snapshot");
        });

        assertThat(jdbc.queryForObject("SELECT status || ':' || message FROM scheduler_runs", String.class))
                .isEqualTo("FAILED:no orders to snapshot");
    }

    @Test
    void schedulesOnACronExpressionAndRejectsAnInvalidOne() throws Exception {
        var scheduler = new PipelineScheduler(tasks, jdbc, "replica-a");
        List<String> ran = new CopyOnWriteArrayList<>();

        var future = scheduler.schedule("every-second", "* * * * * *", () -> {
            ran.add("ran");
            return List.of("ok");
        });
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (completed() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        future.cancel(false);

        assertThat(ran).isNotEmpty();
        assertThat(completed()).isPositive();
        assertThatThrownBy(() -> scheduler.schedule("bad", "0 0 2 * *", List::of))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDailyPipelineRunsItsStepsInOrderAndStopsAtAFailure() {
        List<String> ran = new CopyOnWriteArrayList<>();
        PipelineStep failing = step("score", PipelineStep.SCORE, ran, true);
        var pipeline = new DailyPipeline(List.of(step("monitor", PipelineStep.MONITOR, ran, false),
                step("snapshot", PipelineStep.SNAPSHOT, ran, false)));
        var broken = new DailyPipeline(List.of(step("monitor", PipelineStep.MONITOR, ran, false), failing));

        assertThat(pipeline.run(ProgressListener.NONE)).containsExactly("snapshot: done", "monitor: done");
        assertThatThrownBy(() -> broken.run(ProgressListener.NONE)).hasMessage("score failed");
        assertThat(ran).containsExactly("snapshot", "monitor", "score");
    }

    private long completed() {
        return jdbc.queryForObject("SELECT count(*) FROM scheduler_runs WHERE job_name = 'every-second'"
                + " AND status = 'COMPLETED'", Long.class);
    }

    private static PipelineStep step(String name, int order, List<String> ran, boolean fails) {
        return new PipelineStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String run(ProgressListener progress) {
                ran.add(name);
                if (fails) {
                    throw new IllegalStateException(name + " failed");
                }
                return "done";
            }
        };
    }
}
