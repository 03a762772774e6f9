package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns each delimited format knows, matched case-insensitively ignoring spaces, underscores and dashes. */
final class HeaderNames {

    /** Canonical column names; the value lists the accepted spellings after normalising. */
    private static final Map<String, List<String>> ORDERS = columns(
            "user_id", "order_id", "order_date", "order_value", "channel", "category", "acquisition_source",
            "campaign", "country", "currency", "age", "gender", "city");
    private static final List<String> ORDERS_REQUIRED = List.of("user_id", "order_id", "order_date", "order_value");
    private static final Map<String, List<String>> ONLINE_RETAIL = Map.of(
            "Invoice", List.of("invoice", "invoiceno"), "StockCode", List.of("stockcode"),
            "Description", List.of("description"), "Quantity", List.of("quantity"),
            "InvoiceDate", List.of("invoicedate"), "Price", List.of("price", "unitprice"),
            "Customer ID", List.of("customerid"), "Country", List.of("country"));
    private static final List<String> ONLINE_RETAIL_REQUIRED = List.of(
            "Invoice", "StockCode", "Quantity", "InvoiceDate", "Price", "Customer ID");

    private HeaderNames() {
    }

    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF' && c != '"') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<String> required(IngestFormat format) {
        return format == IngestFormat.ORDERS ? ORDERS_REQUIRED : ONLINE_RETAIL_REQUIRED;
    }

    /** Canonical column name to index, for the columns of {@code format} present in the header. */
    static Map<String, Integer> locate(IngestFormat format, String[] header) {
        Map<String, List<String>> known = format == IngestFormat.ORDERS ? ORDERS : ONLINE_RETAIL;
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = normalise(header[i]);
            for (Map.Entry<String, List<String>> column : known.entrySet()) {
                if (column.getValue().contains(name)) {
                    found.putIfAbsent(column.getKey(), i);
                }
            }
        }
        return found;
    }

    /** The required columns of {@code format} missing from the located ones. */
    static List<String> missing(IngestFormat format, Map<String, Integer> located) {
        return required(format).stream().filter(name -> !located.containsKey(name)).toList();
    }

    private static Map<String, List<String>> columns(String... names) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name, List.of(normalise(name)));
        }
        return map;
    }
}
