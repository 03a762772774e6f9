package dev.clvops.training.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Validates the blocks of one {@code orders} file in line order and encodes them as binary COPY rows: each line
 * record goes through {@link OrdersLineParser}, or through {@link RecordSplitter} and {@link OrdersRowMapper} when
 * the fast lane declines it or it spans lines. Keeps the first row of each order or
 * return key and the first accepted row of each customer, as {@link FirstSeen} does, and counts the run.
 */
final class BlockEncoder {

    static final String PREFIX = "orders:";
    private static final int BATCH = 64;
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final OrdersLineParser parser;
    private final RowMapper mapper;
    private final Charset charset;
    private final char delimiter;
    private final long runId;
    private final byte[] fileName;
    private final RecordBoundaries boundaries;
    // accepted rows wait in batches so that their key lookups can fetch the key tables' memory together
    private final OrderRow[] pending = new OrderRow[BATCH];
    private final int[] keyHashes = new int[BATCH];
    private final int[] customerHashes = new int[BATCH];
    private int pendingRows;
    private long touched; // what the batches' slot reads gave, kept so that the reads are made
    private final KeySet orderKeys;
    private final KeySet returnKeys;
    private final KeySet customers;
    private final AttributeIds attributes;
    // per customer ordinal: whether one of its rows was the first of its key (so it counts as a run's customer)
    private final BitSet counted = new BitSet();
    private final BulkTally tally = new BulkTally();
    private @Nullable EncodedBlock out;
    private long recordLines; // physical lines of the record encoded last

    /** An encoder for a run of about {@code expectedRows} rows into a database without order attributes. */
    BlockEncoder(SourceLayout layout, LocalDate today, long runId, int expectedRows) {
        this(layout, today, runId, expectedRows, AttributeIds.none());
    }

    /** An encoder for a run of about {@code expectedRows} rows; orders refer to {@code attributes}. */
    BlockEncoder(SourceLayout layout, LocalDate today, long runId, int expectedRows, AttributeIds attributes) {
        this.attributes = attributes;
        this.orderKeys = new KeySet(expectedRows);
        this.returnKeys = new KeySet(expectedRows / 16);
        this.customers = new KeySet(expectedRows / 4);
        this.parser = new OrdersLineParser(layout, today);
        this.mapper = RowMapper.forLayout(layout, today);
        this.charset = layout.charset();
        this.delimiter = layout.delimiter();
        this.runId = runId;
        this.boundaries = new RecordBoundaries(layout.delimiter());
        this.fileName = layout.fileName().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < BATCH; i++) {
            pending[i] = new OrderRow();
        }
    }

    EncodedBlock encode(SourceBlock block) {
        return encode(block, null);
    }

    /** Encodes {@code block} into {@code reuse} (emptied first) or, when null, into a new encoded block. */
    EncodedBlock encode(SourceBlock block, @Nullable EncodedBlock reuse) {
        EncodedBlock encoded = reuse != null ? reuse.clear() : new EncodedBlock(block.length());
        out = encoded;
        long line = block.firstLine();
        int end = block.offset() + block.length();
        for (int from = block.offset(); from < end; line += recordLines) {
            from = record(block.bytes(), from, end, line);
        }
        acceptPending(); // rows parsed in place refer to the block's bytes
        out = null;
        return encoded;
    }

    /** Encodes the record starting at {@code from} on {@code line}; returns where the next record starts. */
    private int record(byte[] bytes, int from, int end, long line) {
        int lf = WordScan.indexOf(bytes, from, end, (byte) '\n');
        int lineEnd = lf > from && bytes[lf - 1] == '\r' ? lf - 1 : lf;
        if (lineEnd > from && parser.parse(bytes, from, lineEnd, pending[pendingRows])) {
            // the fast lane only takes lines whose quotes all close, so the line is the whole record
            queue();
            recordLines = 1;
            return Math.min(lf + 1, end);
        }
        int next = boundaries.scan(bytes, from, end, true, true);
        recordLines = boundaries.lines();
        generic(bytes, from, next, line);
        return next;
    }

    BulkTally tally() {
        return tally;
    }

    /** One record {@code bytes[from, to)} (with its line end) for the generic lane; blank records are no rows. */
    private void generic(byte[] bytes, int from, int to, long line) {
        RecordSplitter splitter = new RecordSplitter(new StringReader(new String(bytes, from, to - from, charset)),
                delimiter, 256);
        try {
            SourceRecord r = splitter.next();
            if (r != null) {
                map(new SourceRecord(line, r.raw(), r.fields(), r.unterminatedQuote()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The generic lane: the format's mapper accepts the record or gives the reason it is quarantined. */
    private void map(SourceRecord record) {
        StagedRow staged = mapper.map(record);
        if (staged.kind() == RowKind.QUARANTINE) {
            quarantine(record.line(), staged);
        } else {
            pending[pendingRows].from(staged, PREFIX);
            queue();
        }
    }

    /** Takes the row just parsed into {@code pending[pendingRows]}. */
    private void queue() {
        if (++pendingRows == BATCH) {
            acceptPending();
        }
    }

    /** Accepts the pending rows in line order, after reading the key table slots of all of them. */
    private void acceptPending() {
        for (int i = 0; i < pendingRows; i++) {
            keyHashes[i] = pending[i].hash(OrderRow.Text.ORDER_ID);
            customerHashes[i] = pending[i].hash(OrderRow.Text.CUSTOMER_ID);
        }
        long sum = 0;
        for (int i = 0; i < pendingRows; i++) { // loads alone, so that many are under way at once
            sum += keys(pending[i]).touch(keyHashes[i]) + customers.touch(customerHashes[i]);
        }
        touched += sum;
        for (int i = 0; i < pendingRows; i++) {
            accept(pending[i], keyHashes[i], customerHashes[i]);
        }
        pendingRows = 0;
    }

    private KeySet keys(OrderRow row) {
        return row.kind == RowKind.RETURN ? returnKeys : orderKeys;
    }

    private void accept(OrderRow accepted, int keyHash, int customerHash) {
        EncodedBlock block = block();
        block.rows++;
        tally.read++;
        boolean isReturn = accepted.kind == RowKind.RETURN;
        boolean firstOfKey = accepted.add(keys(accepted), OrderRow.Text.ORDER_ID, keyHash) >= 0;
        if (firstOfKey && isReturn) {
            accepted.putReturn(block.returns, PREFIX_BYTES, runId);
        } else if (firstOfKey) {
            accepted.putOrder(block.orders, PREFIX_BYTES, attributes.id(accepted, block.attributes), runId);
            tally.order(accepted.epochDay);
        }
        tally.loaded += firstOfKey ? 1 : 0;
        int customer = accepted.add(customers, OrderRow.Text.CUSTOMER_ID, customerHash);
        if (customer >= 0) {
            accepted.putCustomer(block.customers, runId);
        }
        int ordinal = customer >= 0 ? customer : -1 - customer;
        if (firstOfKey && !counted.get(ordinal)) {
            counted.set(ordinal);
            tally.customers++;
        }
    }

    private void quarantine(long line, StagedRow staged) {
        EncodedBlock block = block();
        block.rows++;
        tally.read++;
        BinaryCopy q = block.quarantine;
        q.startRow(5);
        q.putInt8(runId);
        q.putText(fileName, 0, fileName.length);
        q.putInt8(line);
        q.putText(staged.get(StagingColumn.RAW));
        q.putText(staged.get(StagingColumn.REASON));
        tally.reject(staged.get(StagingColumn.REASON_KEY));
    }

    private EncodedBlock block() {
        if (out == null) {
            throw new IllegalStateException("no block is being encoded");
        }
        return out;
    }
}
