/**
 * {@code POST /api/v1/predict}: a customer summary in, the champion's CLV with interval, value tier, recommended CAC
 * and confidence out. {@link dev.clvops.deploy.api.predict.ChampionPredictor} keeps the decoded champion and reloads
 * it when the registry's champion alias moves; {@code SummaryFeatures} maps a summary to the model's features.
 */
@NullMarked
package dev.clvops.deploy.api.predict;

import org.jspecify.annotations.NullMarked;
