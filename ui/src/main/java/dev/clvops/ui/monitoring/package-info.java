/**
 * The Model monitoring tab: the latest drift report (per-feature PSI/KS with verdicts, prediction, performance and
 * BTYD parameter drift), PSI history, the baseline in use, retrain decisions, registry versions and a manual retrain.
 */
@NullMarked
package dev.clvops.ui.monitoring;

import org.jspecify.annotations.NullMarked;
