/**
 * Order ingestion: the {@code ingest-orders} Spring Batch job that reads orders, Online Retail and CDNOW files and
 * validates every row. Orders files take the bulk lane (blocks of records parsed from bytes, binary COPY into the
 * store in one transaction); the others are COPYed into a staging table and merged in one transaction.
 * Exposes {@link dev.clvops.training.ingest.JdbcOrderIngestion} and the job configuration; parsing, staging and
 * merging stay package-private.
 */
@NullMarked
package dev.clvops.training.ingest;

import org.jspecify.annotations.NullMarked;
