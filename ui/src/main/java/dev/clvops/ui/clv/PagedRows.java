package dev.clvops.ui.clv;

import java.util.ArrayList;
import java.util.List;

/** Serves a grid's offset/limit window from a source that only reads whole pages. */
final class PagedRows {

    /** Reads page {@code page} (zero-based) of {@code size} rows. */
    @FunctionalInterface
    interface PageReader<T> {
        List<T> read(int page, int size);
    }

    private PagedRows() {
    }

    /** Rows {@code offset .. offset + limit - 1}, reading pages of {@code limit} rows. */
    static <T> List<T> window(int offset, int limit, PageReader<T> pages) {
        if (limit <= 0) {
            return List.of();
        }
        List<T> rows = new ArrayList<>();
        int page = offset / limit;
        int skip = offset % limit;
        while (rows.size() < skip + limit) {
            List<T> next = pages.read(page++, limit);
            rows.addAll(next);
            if (next.size() < limit) {
                break;
            }
        }
        return List.copyOf(rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size())));
    }
}
