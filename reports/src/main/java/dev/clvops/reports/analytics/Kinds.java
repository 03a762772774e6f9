package dev.clvops.reports.analytics;

/** The {@code kind} keys of the documents in {@code analytics_results}. */
final class Kinds {

    static final String CLUSTERS = "clusters";
    static final String COHORTS = "cohorts";
    static final String CHURN_OUTLOOK = "churn_outlook";
    static final String PLAYBOOK = "playbook";
    static final String AUDIENCES = "audiences";
    static final String KPIS = "kpis";

    private Kinds() {
    }
}
