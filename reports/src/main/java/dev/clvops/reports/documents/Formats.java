package dev.clvops.reports.documents;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Number, money and date formats of the configured locale and currency. */
public record Formats(Locale locale, Currency currency) {

    public static Formats of(String languageTag, String currencyCode) {
        return new Formats(Locale.forLanguageTag(languageTag), Currency.getInstance(currencyCode));
    }

    /** Whole currency units, e.g. {@code $1,234,568}. */
    public String money(double value) {
        return moneyFormat(0).format(value);
    }

    /** Currency with cents, e.g. {@code $12.34}. */
    public String cents(double value) {
        return moneyFormat(2).format(value);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share 0..1 as a percentage with one decimal. */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A signed relative change, e.g. {@code +3.2%}. */
    public String change(double current, double previous) {
        if (previous == 0) {
            return current == 0 ? "unchanged" : "new";
        }
        double change = (current - previous) / Math.abs(previous);
        return (change >= 0 ? "+" : "") + percent(change);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** UTC date and time, minute precision. */
    public String instant(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    private NumberFormat moneyFormat(int digits) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }
}
