/**
 * Analytics of the latest completed analytics run: segments, clusters, cohorts, personas, playbook and audiences
 * for analysts; KPIs, dashboard summary and budget allocation for leadership.
 */
@NullMarked
package dev.clvops.deploy.api.analytics;

import org.jspecify.annotations.NullMarked;
