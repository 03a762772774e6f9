package dev.clvops.reports.documents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One piece of a report; every renderer handles every kind. */
public sealed interface Block {

    /** A section title. */
    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A small-print remark, e.g. how a figure is computed. */
    record Note(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Headline figures; {@code change} compares with the previous report, null when there is nothing to compare. */
    record Tiles(List<Tile> tiles) implements Block {

        public Tiles {
            tiles = List.copyOf(tiles);
        }
    }

    record Tile(String label, String value, @Nullable String change) {
    }

    /**
     * A table already cut to what fits; {@code note} says what was left out. {@code numeric} marks right-aligned
     * columns.
     */
    record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows, @Nullable String note)
            implements Block {

        public Table {
            header = List.copyOf(header);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = header.size();
            if (numeric.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("table rows must have " + columns + " cells: " + header);
            }
        }
    }

    /** A chart with its data; Markdown prints the data as a table. */
    record Chart(ChartSpec spec) implements Block {
    }

    /** Starts a new page in paged renderers. */
    record PageBreak() implements Block {
    }
}
