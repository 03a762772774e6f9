package dev.clvops.training.ingest;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds a file's format, delimiter and columns from its first records, or explains why it cannot be used. */
final class FormatDetector {

    private static final Pattern CDNOW_DATE = Pattern.compile("\\d{8}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String EXPECTED = "expected orders columns (user_id, order_id, order_date, order_value), "
            + "online-retail columns (Invoice, StockCode, Description, Quantity, InvoiceDate, Price, Customer ID, "
            + "Country) or cdnow rows (customer_id YYYYMMDD quantity amount)";

    private FormatDetector() {
    }

    static SourceLayout detect(Path file, IngestFormat declared, Charset charset) {
        String name = file.getFileName().toString();
        try (Reader reader = SourceText.open(file, charset)) {
            RecordSplitter lines = new RecordSplitter(reader, RecordSplitter.WHITESPACE);
            SourceRecord first = lines.next();
            if (first == null) {
                throw new UnusableInputException(name + ": the file is empty (no text lines)");
            }
            SourceLayout layout = layout(name, declared, charset, first);
            if (layout.header() && lines.next() == null) {
                throw new UnusableInputException(name + ": the file has a header but no data rows");
            }
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static SourceLayout layout(String name, IngestFormat declared, Charset charset, SourceRecord first)
            throws IOException {
        char delimiter = sniffDelimiter(first.raw());
        if (delimiter == RecordSplitter.WHITESPACE) {
            return cdnow(name, declared, charset, first);
        }
        String[] header = new RecordSplitter(new StringReader(first.raw()), delimiter).next().fields();
        IngestFormat format = declared == IngestFormat.AUTO ? bestDelimitedFormat(name, header) : declared;
        if (format == IngestFormat.CDNOW) {
            return cdnow(name, declared, charset, first);
        }
        Map<String, Integer> columns = HeaderNames.locate(format, header);
        List<String> missing = HeaderNames.missing(format, columns);
        if (!missing.isEmpty()) {
            throw new UnusableInputException(name + ": required column" + (missing.size() > 1 ? "s" : "")
                    + " missing for format " + format.cliName() + ": " + String.join(", ", missing));
        }
        return new SourceLayout(name, format, charset, delimiter, true, header.length, columns);
    }

    private static IngestFormat bestDelimitedFormat(String name, String[] header) {
        int orders = HeaderNames.locate(IngestFormat.ORDERS, header).size();
        int retail = HeaderNames.locate(IngestFormat.ONLINE_RETAIL, header).size()
                - (HeaderNames.locate(IngestFormat.ONLINE_RETAIL, header).containsKey("Country") ? 1 : 0);
        if (Math.max(orders, retail) < 2) {
            throw new UnusableInputException(name + ": no recognisable header; " + EXPECTED);
        }
        return orders >= retail ? IngestFormat.ORDERS : IngestFormat.ONLINE_RETAIL;
    }

    private static SourceLayout cdnow(String name, IngestFormat declared, Charset charset, SourceRecord first) {
        String[] tokens = first.fields();
        boolean shape = tokens.length == 4 || tokens.length == 5;
        if (shape && isCdnowData(tokens)) {
            return new SourceLayout(name, IngestFormat.CDNOW, charset, RecordSplitter.WHITESPACE, false,
                    tokens.length, Map.of());
        }
        String head = HeaderNames.normalise(tokens[0]);
        if (shape && (head.equals("customerid") || head.equals("masterid")) && HeaderNames.normalise(
                tokens[tokens.length - 3]).equals("date")) {
            return new SourceLayout(name, IngestFormat.CDNOW, charset, RecordSplitter.WHITESPACE, true,
                    tokens.length, Map.of());
        }
        String expected = declared == IngestFormat.AUTO ? EXPECTED
                : "expected a " + declared.cliName() + " header or cdnow rows (customer_id YYYYMMDD quantity amount)";
        throw new UnusableInputException(name + ": no recognisable header; " + expected);
    }

    private static boolean isCdnowData(String[] tokens) {
        for (String token : tokens) {
            if (!NUMBER.matcher(token).matches()) {
                return false;
            }
        }
        return CDNOW_DATE.matcher(tokens[tokens.length - 3]).matches();
    }

    /** The most frequent of comma, semicolon and tab outside quotes, or whitespace when none occurs. */
    static char sniffDelimiter(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            quoted ^= c == '"';
            comma += !quoted && c == ',' ? 1 : 0;
            semicolon += !quoted && c == ';' ? 1 : 0;
            tab += !quoted && c == '\t' ? 1 : 0;
        }
        if (comma + semicolon + tab == 0) {
            return RecordSplitter.WHITESPACE;
        }
        return comma >= semicolon && comma >= tab ? ',' : semicolon >= tab ? ';' : '\t';
    }
}
