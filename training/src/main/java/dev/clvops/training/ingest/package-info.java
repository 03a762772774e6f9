/**
 * Order ingestion: the {@code ingest-orders} Spring Batch job that reads orders, Online Retail and CDNOW files,
 * validates every row, COPYs it into a staging table and merges it into the order store in one transaction.
 * Exposes {@link dev.clvops.training.ingest.JdbcOrderIngestion} and the job configuration; parsing, staging and
 * merging stay package-private.
 */
@NullMarked
package dev.clvops.training.ingest;

import org.jspecify.annotations.NullMarked;
