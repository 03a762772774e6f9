package dev.clvops.monitoring.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a simulated batch: the stored orders of the last 31 days (the template) moved 31 days forward. Customers
 * whose first order is in the template become new customers (new ids), so a magnitude-0 batch keeps acquisition and
 * repeat buying as they were; the {@link DriftKind} then drifts it.
 */
public final class DriftSimulator {

    static final String HEADER = "user_id,order_id,order_date,order_value,channel,category,acquisition_source,"
            + "campaign,country,currency,age,gender,city";
    private static final int SHIFT_DAYS = 31;

    private final JdbcTemplate jdbc;

    public DriftSimulator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SimulationSummary simulate(DriftKind kind, double magnitude, Path out, long seed) {
        if (!(magnitude >= 0) || (kind == DriftKind.CHURN_WAVE && magnitude > 1)) {
            throw new IllegalArgumentException("magnitude must be >= 0 (<= 1 for churn-wave): " + magnitude);
        }
        LocalDate latest = jdbc.queryForObject("SELECT (SELECT last_date FROM order_dates)", LocalDate.class);
        if (latest == null) {
            throw new IllegalStateException("no stored orders to use as a template; ingest orders first");
        }
        List<TemplateOrder> template = template(latest.minusDays(SHIFT_DAYS));
        String prefix = "sim" + latest.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + kind.cliName();
        List<String[]> rows = new SimulatedBatch(kind, magnitude, prefix, SHIFT_DAYS, new SplittableRandom(seed))
                .rows(template);
        write(out, rows);
        return new SimulationSummary(out, kind, magnitude, template.size(), rows.size(), latest.plusDays(1),
                latest.plusDays(SHIFT_DAYS));
    }

    private List<TemplateOrder> template(LocalDate after) {
        return jdbc.query("SELECT o.customer_id, o.order_date, o.order_value, o.channel, o.category,"
                + " o.acquisition_source, o.campaign, o.country, o.currency, c.age, c.gender, c.city,"
                + " (SELECT min(f.order_date) FROM orders f WHERE f.customer_id = o.customer_id) > ? AS new_customer"
                + " FROM order_details o LEFT JOIN customers c USING (customer_id) WHERE o.order_date > ?"
                + " ORDER BY o.order_date, o.order_id", (rs, n) -> new TemplateOrder(rs.getString("customer_id"),
                rs.getDate("order_date").toLocalDate(), rs.getDouble("order_value"), new String[] {
                    rs.getString("channel"), rs.getString("category"), rs.getString("acquisition_source"),
                    rs.getString("campaign"), rs.getString("country"), rs.getString("currency"),
                    rs.getString("age"), rs.getString("gender"), rs.getString("city")},
                rs.getBoolean("new_customer")), Date.valueOf(after), Date.valueOf(after));
    }

    private static void write(Path out, List<String[]> rows) {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            writer.newLine();
            for (String[] row : rows) {
                List<String> fields = new ArrayList<>(row.length);
                for (String field : row) {
                    fields.add(csv(field));
                }
                writer.write(String.join(",", fields));
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static String csv(@org.jspecify.annotations.Nullable String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
