package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerFilter;
import java.io.IOException;
import java.io.Writer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** SQL and mapping of {@code customer_analytics} rows, and their CSV form. */
final class CustomerRows {

    static final String WHERE = " FROM customer_analytics WHERE run_id = :run"
            + " AND segment = coalesce(:segment, segment) AND persona = coalesce(:persona, persona)"
            + " AND (:tier::text IS NULL OR tier = :tier::text)";
    static final String ORDER = " ORDER BY clv DESC NULLS LAST, customer_id";
    static final String HEADER = "customer_id,r_score,f_score,m_score,rfm_code,segment,cluster,dbscan_cluster,"
            + "ward_cluster,pca_x,pca_y,pca_z,persona,tier,clv,p_alive,next_purchase,next_purchase_low,"
            + "next_purchase_high,overdue,at_risk_probability\n";

    private CustomerRows() {
    }

    static Map<String, Object> params(long runId, CustomerFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runId);
        params.put("segment", filter.segment());
        params.put("persona", filter.persona());
        params.put("tier", filter.tier());
        return params;
    }

    static CustomerAnalytics map(ResultSet rs) throws SQLException {
        return new CustomerAnalytics(rs.getString("customer_id"), rs.getInt("r_score"), rs.getInt("f_score"),
                rs.getInt("m_score"), rs.getString("rfm_code"), rs.getString("segment"), rs.getInt("cluster"),
                rs.getInt("dbscan_cluster"), rs.getInt("ward_cluster"), rs.getDouble("pca_x"), rs.getDouble("pca_y"),
                rs.getDouble("pca_z"), rs.getString("persona"), rs.getString("tier"),
                rs.getObject("clv", Double.class), rs.getObject("p_alive", Double.class),
                date(rs.getDate("next_purchase_date")), date(rs.getDate("next_purchase_low")),
                date(rs.getDate("next_purchase_high")), rs.getBoolean("overdue"),
                rs.getObject("at_risk_probability", Double.class));
    }

    static void writeCsv(CustomerAnalytics c, Writer out) throws IOException {
        out.write(String.join(",", quote(c.customerId()), "" + c.rScore(), "" + c.fScore(), "" + c.mScore(),
                c.rfmCode(), quote(c.segment()), "" + c.cluster(), "" + c.dbscanCluster(), "" + c.wardCluster(),
                "" + c.pcaX(), "" + c.pcaY(), "" + c.pcaZ(), quote(c.persona()), text(c.tier()), text(c.clv()),
                text(c.pAlive()), text(c.nextPurchase()), text(c.nextPurchaseLow()), text(c.nextPurchaseHigh()),
                "" + c.overdue(), text(c.atRiskProbability())));
        out.write('\n');
    }

    private static @Nullable LocalDate date(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : quote(value.toString());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
