package dev.clvops.deploy.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a horizon as days: {@code 180d}, {@code 26w} (weeks) or a plain number of days. */
final class HorizonConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        int factor = text.endsWith("w") ? 7 : 1;
        String number = text.endsWith("w") || text.endsWith("d") ? text.substring(0, text.length() - 1) : text;
        try {
            int days = Math.multiplyExact(Integer.parseInt(number), factor);
            if (days < 0) {
                throw new TypeConversionException("horizon must not be negative: '" + value + "'");
            }
            return days;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is not a horizon (expected e.g. 180d, 26w or 180)");
        }
    }
}
