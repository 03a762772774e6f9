package dev.clvops.monitoring.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.logs.TermCount;
import org.junit.jupiter.api.Test;

class TermCounterTests {

    @Test
    void keepsTheHeavyHitterAmongMoreDistinctTermsThanCounters() {
        TermCounter counter = new TermCounter(3);
        for (int i = 0; i < 100; i++) {
            counter.add("frequent");
            counter.add("rare" + i);
        }

        assertThat(counter.top(1)).singleElement().satisfies(top -> {
            assertThat(top.term()).isEqualTo("frequent");
            assertThat(top.count()).isBetween(100L - 200L / 4, 100L);
        });
    }

    @Test
    void countsExactlyWhileTermsFitTheCounters() {
        TermCounter counter = new TermCounter(10);
        counter.add("b");
        counter.add("a");
        counter.add("a");

        assertThat(counter.top(5)).containsExactly(new TermCount("a", 2), new TermCount("b", 1));
    }
}
