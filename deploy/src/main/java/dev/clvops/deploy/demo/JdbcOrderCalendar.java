package dev.clvops.deploy.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the latest order date from the {@code orders} table. */
final class JdbcOrderCalendar implements OrderCalendar {

    private final JdbcTemplate jdbc;

    JdbcOrderCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> latestOrderDate() {
        Date latest = jdbc.queryForObject("SELECT (SELECT last_date FROM order_dates)", Date.class);
        return Optional.ofNullable(latest).map(Date::toLocalDate);
    }
}
