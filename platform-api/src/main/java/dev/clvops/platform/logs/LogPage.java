package dev.clvops.platform.logs;

import java.util.List;

/**
 * One page of search results, newest first.
 *
 * @param events the page's events, newest first
 * @param page the page number, from 0
 * @param pageSize the page size asked for
 * @param totalMatches all events matching the query
 */
public record LogPage(List<LogEvent> events, int page, int pageSize, long totalMatches) {

    public LogPage {
        events = List.copyOf(events);
    }

    public boolean hasMore() {
        return (long) (page + 1) * pageSize < totalMatches;
    }
}
