package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryHintTests {

    @Test
    void aRunOutOfHeapSaysWhatToGiveTheJvm() {
        String hint = JdbcOrderIngestion.memoryHint(List.of(new IllegalStateException("step failed"),
                new OutOfMemoryError("Java heap space")));

        assertThat(hint).contains("about 100 bytes per row", "nothing was stored", "CLVOPS_JAVA_OPTS=-Xmx")
                .contains(String.format(java.util.Locale.ROOT, "%,d MB", Runtime.getRuntime().maxMemory() >> 20));
    }

    @Test
    void otherFailuresGetNoHint() {
        assertThat(JdbcOrderIngestion.memoryHint(List.of(new IllegalStateException("COPY failed")))).isEmpty();
    }
}
