package dev.clvops.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.health.ComponentHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthPresenterTests {

    @Test
    void writesBytesInBinaryUnits() {
        assertThat(HealthPresenter.bytes(512)).isEqualTo("512 B");
        assertThat(HealthPresenter.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(HealthPresenter.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GiB");
        assertThat(HealthPresenter.bytes(-1)).isEqualTo("unknown");
    }

    @Test
    void writesLoadAsAPercentageOrMeasuringWhileUnknown() {
        assertThat(HealthPresenter.load(0.256)).isEqualTo("26%");
        assertThat(HealthPresenter.load(-1)).isEqualTo("measuring");
    }

    @Test
    void writesUptimeInItsTwoLargestUnits() {
        assertThat(HealthPresenter.duration(Duration.ofSeconds(12))).isEqualTo("12s");
        assertThat(HealthPresenter.duration(Duration.ofSeconds(250))).isEqualTo("4m 10s");
        assertThat(HealthPresenter.duration(Duration.ofMinutes(125))).isEqualTo("2h 5m");
        assertThat(HealthPresenter.duration(Duration.ofHours(76))).isEqualTo("3d 4h");
    }

    @Test
    void namesKnownChecksInPlainWordsAndKeepsOthers() {
        assertThat(HealthPresenter.checkName("featureFreshness")).isEqualTo("Feature store freshness");
        assertThat(HealthPresenter.checkName("custom")).isEqualTo("custom");
    }

    @Test
    void listsCheckDetailsSortedByName() {
        ComponentHealth db = new ComponentHealth("db", "UP", Map.of("validationQuery", "isValid()",
                "database", "PostgreSQL"));

        assertThat(HealthPresenter.details(db)).isEqualTo("database: PostgreSQL, validationQuery: isValid()");
    }

    @Test
    void namesEachKindOfDriftTheLatestReportFlagged() {
        DriftReportSummary report = new DriftReportSummary(5, Instant.parse("2026-11-21T02:00:00Z"), "bgnbd", 2, 1,
                3, null, 0.4, true, 0.3, true, false, false);

        assertThat(HealthPresenter.driftStatus(report))
                .isEqualTo("bgnbd v2 checked 2026-11-21 02:00: drift flagged (data, prediction)");
    }

    @Test
    void saysNoDriftWhenNothingWasFlagged() {
        DriftReportSummary report = new DriftReportSummary(5, Instant.parse("2026-11-21T02:00:00Z"), "bgnbd", 2, 1,
                3, null, 0.0, false, null, false, false, false);

        assertThat(HealthPresenter.driftStatus(report)).endsWith(": no drift");
    }
}
