/** The Data tab: upload an order CSV and watch it ingest, see the uploads' summaries and browse quarantined rows. */
@NullMarked
package dev.clvops.ui.data;

import org.jspecify.annotations.NullMarked;
