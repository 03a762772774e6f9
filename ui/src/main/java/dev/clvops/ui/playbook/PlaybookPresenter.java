package dev.clvops.ui.playbook;

import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.PlaybookReport;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the latest run's playbook and audiences and splits budgets over the audiences. */
class PlaybookPresenter {

    private final CustomerAnalyticsReader reader;
    private final OptionalLong runId;

    PlaybookPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
        this.runId = reader.latestRun().map(run -> OptionalLong.of(run.runId())).orElse(OptionalLong.empty());
    }

    boolean hasRun() {
        return runId.isPresent();
    }

    PlaybookReport playbook() {
        return reader.playbook(runId.orElseThrow());
    }

    AudienceReport audiences() {
        return reader.audiences(runId.orElseThrow());
    }

    /** The split of {@code total}, empty when there are no audiences to split it over. */
    Optional<BudgetAllocation> budget(double total) {
        return audiences().audiences().isEmpty() ? Optional.empty()
                : Optional.of(reader.budget(runId.orElseThrow(), total));
    }
}
