package dev.clvops.training.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a large orders file for load tests: deterministic, with the demo generator's header, about 1% returns,
 * 0.1% bad dates, 0.1% bad values and 0.1% repeated orders.
 */
final class OrdersFileGenerator {

    static final String HEADER = "user_id,order_id,order_date,order_value,channel,category,acquisition_source,"
            + "campaign,country,currency,age,gender,city";
    private static final String[] CHANNELS = {"web", "app", "store"};
    private static final String[] CITIES = {"Berlin", "Paris", "Köln", "Lyon", "Madrid"};

    private OrdersFileGenerator() {
    }

    static Path write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2021, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                int customer = random.nextInt(rows / 8 + 1);
                int order = random.nextInt(1000) == 0 ? Math.max(0, i - 1) : i;
                String date = random.nextInt(1000) == 0 ? "2023-02-30" : start.plusDays(random.nextInt(900)).toString();
                String value = random.nextInt(1000) == 0 ? "n/a"
                        : (random.nextInt(100) == 0 ? "-" : "") + random.nextInt(50_000) / 100.0;
                out.write("c" + customer + ",o" + order + "," + date + "," + value + ","
                        + CHANNELS[customer % 3] + ",cat" + random.nextInt(12) + ",search,camp" + customer % 7
                        + ",DE,EUR," + (18 + customer % 60) + "," + (customer % 2 == 0 ? "f" : "m") + ","
                        + CITIES[customer % CITIES.length] + "\n");
            }
        }
        return file;
    }
}
