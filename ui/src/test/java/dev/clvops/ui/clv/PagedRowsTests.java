package dev.clvops.ui.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedRowsTests {

    private final List<Integer> all = IntStream.range(0, 25).boxed().toList();
    private final List<Integer> pagesRead = new ArrayList<>();

    private List<Integer> read(int page, int size) {
        pagesRead.add(page);
        return all.subList(Math.min(page * size, all.size()), Math.min((page + 1) * size, all.size()));
    }

    @Test
    void alignedWindowReadsExactlyOnePage() {
        assertThat(PagedRows.window(10, 10, this::read)).containsExactlyElementsOf(all.subList(10, 20));
        assertThat(pagesRead).containsExactly(1);
    }

    @Test
    void unalignedWindowSpansTwoPages() {
        assertThat(PagedRows.window(5, 10, this::read)).containsExactlyElementsOf(all.subList(5, 15));
        assertThat(pagesRead).containsExactly(0, 1);
    }

    @Test
    void windowPastTheEndIsCutShort() {
        assertThat(PagedRows.window(20, 10, this::read)).containsExactlyElementsOf(all.subList(20, 25));
        assertThat(PagedRows.window(30, 10, this::read)).isEmpty();
    }
}
