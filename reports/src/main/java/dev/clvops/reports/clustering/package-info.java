/**
 * Customer clustering on standardised log-RFM (log1p of days since last order, orders and spend, plus log1p of the
 * predicted CLV when a scoring run exists), entry point {@link dev.clvops.reports.clustering.CustomerClustering}.
 *
 * <ul>
 * <li>k-means++ (Hipparchus, seeded) for k = kMin..kMax on a random sample; the curve reports inertia (elbow) and
 * the mean silhouette on a smaller sample. The chosen k maximises the silhouette (smallest k on ties): unlike the
 * elbow it needs no visual judgement. Every customer is then assigned to the nearest centroid of that k.</li>
 * <li>DBSCAN (Hipparchus) on a sample with minPts = 2 x dimensions and eps at the knee of the sorted k-distance
 * curve (the point farthest from the chord between its ends). The rest join the nearest DBSCAN cluster whose
 * radius (largest member distance to its centroid) plus eps covers them, otherwise they are noise (-1).</li>
 * <li>Ward agglomerative clustering on a sample, cut at the chosen k, the rest assigned to the nearest Ward
 * centroid. Hipparchus has no hierarchical clustering, so {@code WardLinkage} implements the nearest-neighbour
 * chain with Lance-Williams updates: O(n^2) time and memory, exact for Ward because Ward is reducible.</li>
 * <li>PCA (Hipparchus) fitted on the sample gives 2-D/3-D plot coordinates and the explained variance.</li>
 * </ul>
 * Clusters are numbered by falling value (predicted CLV, or spend without predictions) and labelled by their mean
 * value relative to the population mean: High value (at least 1.5x), Medium value (0.75x..1.5x), Potential value
 * (below 0.75x but more recent than average) and Low value (the rest).
 */
@NullMarked
package dev.clvops.reports.clustering;

import org.jspecify.annotations.NullMarked;
