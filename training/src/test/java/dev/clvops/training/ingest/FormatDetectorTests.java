package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.ingest.IngestFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTests {

    @TempDir
    Path dir;

    private SourceLayout detect(String text, IngestFormat declared) throws IOException {
        Path file = Files.writeString(dir.resolve("in.csv"), text, StandardCharsets.UTF_8);
        return FormatDetector.detect(file, declared, StandardCharsets.UTF_8);
    }

    @Test
    void detectsOrdersWithSemicolonsAndLooseHeaderSpelling() throws IOException {
        SourceLayout layout = detect("User ID;OrderId;ORDER_DATE;order value;City\nu;o;2023-01-01;1;x\n",
                IngestFormat.AUTO);

        assertThat(layout.format()).isEqualTo(IngestFormat.ORDERS);
        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.index("order_value")).isEqualTo(3);
        assertThat(layout.index("city")).isEqualTo(4);
    }

    @Test
    void detectsOnlineRetailOneAndTwoHeaders() throws IOException {
        SourceLayout one = detect("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "1,2,d,1,12/1/2010 8:26,1.0,1,UK\n", IngestFormat.AUTO);
        SourceLayout two = detect("Invoice\tStockCode\tDescription\tQuantity\tInvoiceDate\tPrice\tCustomer ID\tCountry\n"
                + "1\t2\td\t1\t2009-12-01 07:45:00\t1.0\t1\tUK\n", IngestFormat.AUTO);

        assertThat(one.format()).isEqualTo(IngestFormat.ONLINE_RETAIL);
        assertThat(one.index("Price")).isEqualTo(5);
        assertThat(two.delimiter()).isEqualTo('\t');
        assertThat(two.index("Customer ID")).isEqualTo(6);
    }

    @Test
    void detectsCdnowWithAndWithoutHeader() throws IOException {
        SourceLayout master = detect("customer_id date number_of_cds dollar_value\r\n 00001 19970101 1 11.77\r\n",
                IngestFormat.AUTO);
        SourceLayout sample = detect(" 00004 0001 19970101  2   29.33\r\n", IngestFormat.AUTO);

        assertThat(master.format()).isEqualTo(IngestFormat.CDNOW);
        assertThat(master.header()).isTrue();
        assertThat(sample.header()).isFalse();
        assertThat(sample.columnCount()).isEqualTo(5);
    }

    @Test
    void namesTheMissingRequiredColumns() {
        assertThatThrownBy(() -> detect("user_id,order_id,order_date\nu,o,2023-01-01\n", IngestFormat.AUTO))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("in.csv: required column missing for format orders: order_value");
    }

    @Test
    void rejectsAFileWithNoRecognisableHeader() {
        assertThatThrownBy(() -> detect("foo,bar\n1,2\n", IngestFormat.AUTO))
                .isInstanceOf(UnusableInputException.class).hasMessageStartingWith("in.csv: no recognisable header");
    }

    @Test
    void rejectsAHeaderWithoutDataRows() {
        assertThatThrownBy(() -> detect("user_id,order_id,order_date,order_value\n\n", IngestFormat.AUTO))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("no data rows");
    }

    @Test
    void checksTheHeaderAgainstADeclaredFormat() {
        assertThatThrownBy(() -> detect("user_id,order_id,order_date,order_value\nu,o,2023-01-01,1\n",
                IngestFormat.ONLINE_RETAIL)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("format online-retail: Invoice, StockCode");
    }

    @Test
    void sniffsTheMostFrequentDelimiterOutsideQuotes() {
        assertThat(FormatDetector.sniffDelimiter("a;\"b,c,d\";e")).isEqualTo(';');
        assertThat(FormatDetector.sniffDelimiter("a b c")).isEqualTo(RecordSplitter.WHITESPACE);
    }
}
