package dev.clvops.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.drift.RetrainRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringPresenterTests {

    @Test
    void wordsVerdictsForPeople() {
        assertThat(MonitoringPresenter.verdict("ALERT")).isEqualTo("drifted");
        assertThat(MonitoringPresenter.verdict("WARNING")).isEqualTo("watch");
        assertThat(MonitoringPresenter.verdict("NONE")).isEqualTo("stable");
    }

    @Test
    void listsTheNumbersADecisionWasTakenOnWithoutItsTimestamp() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("now", "2026-11-21T02:00:00Z");
        facts.put("newOrders", "1200");
        facts.put("predictionPsi", "0.31");
        RetrainRecord decision = new RetrainRecord(3, Instant.parse("2026-11-21T02:00:00Z"), true,
                "prediction drifted", false, 9L, facts, "promoted", 4L, Instant.parse("2026-11-21T02:10:00Z"));

        assertThat(MonitoringPresenter.facts(decision)).isEqualTo("newOrders 1200 · predictionPsi 0.31");
    }

    @Test
    void showsStatisticsWithFourDecimals() {
        assertThat(MonitoringPresenter.stat(0.123456)).isEqualTo("0.1235");
    }
}
