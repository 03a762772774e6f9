/**
 * Marketing audiences and budget, {@link dev.clvops.reports.audiences.Audiences}. Rules, first match wins:
 * <ol>
 * <li>High-CLV: value tier Platinum or Gold (the top 20% by predicted CLV with default tiers).</li>
 * <li>Growth-Potential: P(alive) at least {@code growthMinAlive} (or unknown) and either predicted CLV at or above
 * the median or an early-relationship segment (New, Promising, Potential Loyalist).</li>
 * <li>Low-CLV: everyone else.</li>
 * </ol>
 * A total budget is split by the audience shares (default 50/35/15) and rounded to cents with the rounding
 * remainder put on the first audience, so lines always sum to the total. The CAC target of an audience is
 * {@code cacShare} (default 30%) of its mean predicted CLV; the lookalike seed is the top {@code lookalikeShare}
 * (default 1%) of customers by predicted CLV.
 */
@NullMarked
package dev.clvops.reports.audiences;

import org.jspecify.annotations.NullMarked;
