package dev.clvops.reports.cohorts;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cohort cells aggregated in PostgreSQL from the orders on or before the cutoff. */
public final class JdbcCohorts {

    private final JdbcClient jdbc;

    public JdbcCohorts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<CohortCell> cells(LocalDate cutoff) {
        return jdbc.sql("""
                WITH firsts AS (
                    SELECT customer_id, date_trunc('month', min(order_date))::date AS cohort
                    FROM orders WHERE order_date <= :cutoff GROUP BY customer_id)
                SELECT to_char(f.cohort, 'YYYY-MM') AS month,
                       ((extract(year FROM o.order_date) - extract(year FROM f.cohort)) * 12
                         + extract(month FROM o.order_date) - extract(month FROM f.cohort))::int AS offset_months,
                       count(DISTINCT o.customer_id) AS active, sum(o.order_value) AS revenue
                FROM orders o JOIN firsts f USING (customer_id)
                WHERE o.order_date <= :cutoff
                GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("cutoff", cutoff)
                .query((rs, row) -> new CohortCell(rs.getString("month"), rs.getInt("offset_months"),
                        rs.getLong("active"), rs.getDouble("revenue")))
                .list();
    }
}
