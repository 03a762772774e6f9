package dev.clvops.platform.ingest;

import java.util.List;

/** Port: every ingest run recorded in the database, for browsing (the quarantine itself is {@link OrderIngestion}'s). */
public interface IngestRunHistory {

    /** One page of the runs, newest first. */
    List<IngestRun> runs(int offset, int limit);

    /** How many runs there are. */
    long count();
}
