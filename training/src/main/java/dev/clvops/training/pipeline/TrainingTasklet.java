package dev.clvops.training.pipeline;

import java.util.function.Consumer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Runs one step's logic on the run's shared state, times it and reports the step as done. */
class TrainingTasklet implements Tasklet {

    private final String step;
    private final TrainingStates states;
    private final String run;
    private final Consumer<TrainingState> logic;

    TrainingTasklet(String step, TrainingStates states, String run, Consumer<TrainingState> logic) {
        this.step = step;
        this.states = states;
        this.run = run;
        this.logic = logic;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        TrainingState state = states.get(run);
        state.jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        long started = System.nanoTime();
        logic.accept(state);
        state.stepDone(step, (System.nanoTime() - started) / 1e9);
        return RepeatStatus.FINISHED;
    }
}
