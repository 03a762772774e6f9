package dev.clvops.monitoring.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogFile;
import dev.clvops.platform.logs.LogPage;
import dev.clvops.platform.logs.LogQuery;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.LogTail;
import dev.clvops.platform.logs.SpikeRule;
import dev.clvops.platform.logs.TermCount;
import dev.clvops.platform.logs.VolumeBucket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLogAnalyticsTests {

    private static final Instant FROM = Instant.parse("2026-11-16T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-17T00:00:00Z");

    @TempDir
    Path logs;

    JsonLogAnalytics analytics() {
        return new JsonLogAnalytics(logs, ZoneOffset.UTC);
    }

    @Test
    void summarisesVolumeSeverityAndHeatmapOfTheRangeOnly() throws Exception {
        new LogLines().add("2026-11-15T23:59:59Z", "ERROR", "before the range")
                .add("2026-11-16T09:15:01Z", "INFO", "ingest started")
                .add("2026-11-16T09:15:30Z", "ERROR", "ingest failed")
                .add("2026-11-16T09:47:00Z", "WARN", "slow query")
                .raw("not json at all")
                .add("2026-11-16T10:00:00Z", "INFO", "features built")
                .writeTo(logs.resolve("clvops.log"));

        LogSummary summary = analytics().summarise(FROM, TO, 5);

        assertThat(summary.events()).isEqualTo(4);
        assertThat(summary.bySeverity()).containsEntry("INFO", 2L).containsEntry("ERROR", 1L).containsEntry("WARN", 1L);
        assertThat(summary.perMinute()).containsExactly(
                new VolumeBucket(Instant.parse("2026-11-16T09:15:00Z"), 2, 1, 0),
                new VolumeBucket(Instant.parse("2026-11-16T09:47:00Z"), 1, 0, 1),
                new VolumeBucket(Instant.parse("2026-11-16T10:00:00Z"), 1, 0, 0));
        assertThat(summary.perHour()).containsExactly(
                new VolumeBucket(Instant.parse("2026-11-16T09:00:00Z"), 3, 1, 1),
                new VolumeBucket(Instant.parse("2026-11-16T10:00:00Z"), 1, 0, 0));
        assertThat(summary.heatmap().count(DayOfWeek.MONDAY, 9)).isEqualTo(3);
        assertThat(summary.heatmap().count(DayOfWeek.MONDAY, 10)).isEqualTo(1);
    }

    @Test
    void ranksKeywordsWithoutStopWordsAndExceptionTypes() throws Exception {
        new LogLines().add("2026-11-16T01:00:00Z", "ERROR", "Registry unreachable for the family", "java.net.ConnectException")
                .add("2026-11-16T01:01:00Z", "ERROR", "registry unreachable again", "java.net.ConnectException")
                .add("2026-11-16T01:02:00Z", "ERROR", "snapshot failed with the registry", "java.lang.IllegalStateException")
                .writeTo(logs.resolve("clvops.log"));

        LogSummary summary = analytics().summarise(FROM, TO, 2);

        assertThat(summary.topKeywords()).containsExactly(new TermCount("registry", 3), new TermCount("unreachable", 2));
        assertThat(summary.topExceptions()).containsExactly(new TermCount("java.net.ConnectException", 2),
                new TermCount("java.lang.IllegalStateException", 1));
    }

    @Test
    void flagsAMinuteWhoseErrorsExceedTheTrailingMeanByThreeSigmas() throws Exception {
        LogLines lines = new LogLines();
        for (int minute = 0; minute < 10; minute++) {
            lines.add("2026-11-16T08:%02d:10Z".formatted(minute), "ERROR", "background error");
        }
        for (int i = 0; i < 6; i++) {
            lines.add("2026-11-16T08:10:%02dZ".formatted(i), "ERROR", "burst");
        }
        lines.add("2026-11-16T08:11:00Z", "ERROR", "after the burst").writeTo(logs.resolve("clvops.log"));

        List<ErrorSpike> spikes = analytics().errorSpikes(Instant.parse("2026-11-16T08:00:00Z"), TO,
                new SpikeRule(10, 3.0, 5));

        assertThat(spikes).singleElement().satisfies(spike -> {
            assertThat(spike.minute()).isEqualTo(Instant.parse("2026-11-16T08:10:00Z"));
            assertThat(spike.errors()).isEqualTo(6);
            assertThat(spike.trailingMean()).isEqualTo(1.0);
        });
    }

    @Test
    void ignoresBurstsBelowTheMinimumErrorCount() throws Exception {
        new LogLines().add("2026-11-16T08:30:00Z", "ERROR", "one").add("2026-11-16T08:30:01Z", "ERROR", "two")
                .writeTo(logs.resolve("clvops.log"));

        assertThat(analytics().errorSpikes(FROM, TO, new SpikeRule(10, 3.0, 3))).isEmpty();
        assertThat(analytics().errorSpikes(FROM, TO, new SpikeRule(10, 3.0, 2))).hasSize(1);
    }

    @Test
    void rejectsEmptyOrOverlongSpikeRanges() {
        assertThatThrownBy(() -> analytics().errorSpikes(TO, FROM, SpikeRule.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics().errorSpikes(FROM, FROM.plus(java.time.Duration.ofDays(400)),
                SpikeRule.DEFAULT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("366 days");
    }

    @Test
    void searchesByLevelTimeAndTextNewestFirstInPages() throws Exception {
        LogLines lines = new LogLines();
        for (int i = 0; i < 5; i++) {
            lines.add("2026-11-16T12:00:0%dZ".formatted(i), "ERROR", "scoring failed #" + i);
            lines.add("2026-11-16T12:00:0%dZ".formatted(i), "INFO", "scoring progress #" + i);
        }
        lines.add("2026-11-17T12:00:00Z", "ERROR", "scoring failed tomorrow").writeTo(logs.resolve("clvops.log"));
        LogQuery query = new LogQuery(FROM, TO, Set.of("ERROR"), "SCORING FAILED");

        LogPage first = analytics().search(query, 0, 2);
        LogPage last = analytics().search(query, 2, 2);

        assertThat(first.totalMatches()).isEqualTo(5);
        assertThat(first.events()).extracting(LogEvent::message).containsExactly("scoring failed #4", "scoring failed #3");
        assertThat(first.hasMore()).isTrue();
        assertThat(last.events()).extracting(LogEvent::message).containsExactly("scoring failed #0");
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void readsRolledGzipFilesBeforeTheActiveOne() throws Exception {
        Path rolled = new LogLines().add("2026-11-16T01:00:00Z", "INFO", "rolled event")
                .gzipTo(logs.resolve("clvops.2026-11-16.0.log.gz"));
        Files.setLastModifiedTime(rolled, FileTime.from(Instant.parse("2026-11-16T01:00:01Z")));
        new LogLines().add("2026-11-16T02:00:00Z", "INFO", "active event").writeTo(logs.resolve("clvops.log"));

        LogPage page = analytics().search(LogQuery.all(), 0, 10);

        assertThat(page.events()).extracting(LogEvent::message).containsExactly("active event", "rolled event");
        assertThat(analytics().files()).extracting(LogFile::name).containsExactly("clvops.2026-11-16.0.log.gz", "clvops.log");
        assertThat(analytics().summarise(Instant.parse("2026-11-16T01:30:00Z"), TO, 3).events()).isEqualTo(1);
    }

    @Test
    void tailsOnlyCompleteNewLinesAndRestartsAfterRollover() throws Exception {
        Path active = new LogLines().add("2026-11-16T01:00:00Z", "INFO", "first").writeTo(logs.resolve("clvops.log"));
        LogTail start = analytics().tail(0);
        String second = new LogLines().add("2026-11-16T01:00:01Z", "INFO", "second").text();
        Files.writeString(active, Files.readString(active) + second + "{\"timestamp\":1,\"lev");

        LogTail next = analytics().tail(start.nextOffset());
        new LogLines().add("2026-11-16T02:00:00Z", "INFO", "after rollover").writeTo(active);
        LogTail rolled = analytics().tail(next.nextOffset());

        assertThat(start.events()).extracting(LogEvent::message).containsExactly("first");
        assertThat(next.events()).extracting(LogEvent::message).containsExactly("second");
        assertThat(next.nextOffset()).isEqualTo(start.nextOffset() + second.length());
        assertThat(rolled.restarted()).isTrue();
        assertThat(rolled.events()).extracting(LogEvent::message).containsExactly("after rollover");
    }

    @Test
    void downloadsOneFileOrAZipOfAll() throws Exception {
        new LogLines().add("2026-11-16T01:00:00Z", "INFO", "rolled").gzipTo(logs.resolve("clvops.2026-11-16.0.log.gz"));
        Path active = new LogLines().add("2026-11-16T02:00:00Z", "INFO", "active").writeTo(logs.resolve("clvops.log"));
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();

        analytics().download("clvops.log", one);
        analytics().downloadAll(all);

        assertThat(one.toByteArray()).isEqualTo(Files.readAllBytes(active));
        assertThat(zipEntries(all.toByteArray())).containsExactlyInAnyOrder("clvops.2026-11-16.0.log.gz", "clvops.log");
        assertThatThrownBy(() -> analytics().download("../secret.log", one))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../secret.log");
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
