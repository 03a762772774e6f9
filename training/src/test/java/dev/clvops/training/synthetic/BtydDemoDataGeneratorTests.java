package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BtydDemoDataGeneratorTests {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    @TempDir
    Path dir;

    private final BtydDemoDataGenerator generator = new BtydDemoDataGenerator();

    @Test
    void writesByteIdenticalFilesForEqualSettings() throws IOException {
        GenerationSummary first = generate("a/orders.csv", 1_000, 7, 0.05);
        GenerationSummary second = generate("b/orders.csv", 1_000, 7, 0.05);

        assertThat(Files.readAllBytes(first.ordersFile())).isEqualTo(Files.readAllBytes(second.ordersFile()));
        assertThat(Files.readAllBytes(first.truthFile())).isEqualTo(Files.readAllBytes(second.truthFile()));
        assertThat(Files.readString(dir.resolve("a/orders.params.json")))
                .isEqualTo(Files.readString(dir.resolve("b/orders.params.json")));
    }

    @Test
    void writesDifferentOrdersForDifferentSeeds() throws IOException {
        GenerationSummary first = generate("a/orders.csv", 500, 7, 0);
        GenerationSummary second = generate("b/orders.csv", 500, 8, 0);

        assertThat(Files.readAllBytes(first.ordersFile())).isNotEqualTo(Files.readAllBytes(second.ordersFile()));
    }

    @Test
    void writesExactHeaderAndOnlyCanonicalRowsWhenClean() throws IOException {
        GenerationSummary summary = generate("orders.csv", 2_000, 1, 0);

        List<String> lines = Files.readAllLines(summary.ordersFile());
        assertThat(lines.getFirst()).isEqualTo("user_id,order_id,order_date,order_value,channel,category,"
                + "acquisition_source,campaign,country,currency,age,gender,city");
        StrictOrderRows strict = new StrictOrderRows(LocalDate.of(2024, 12, 31));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(strict.problem(line)).isEmpty());
        assertThat(summary.dirtyRows()).isZero();
        assertThat(summary.orderRows()).isEqualTo(lines.size() - 1L);
        assertThat(lines).anyMatch(line -> line.endsWith(",\"Washington, D.C.\""));
    }

    @Test
    void writesOneTruthRowPerCustomerNextToTheOrders() throws IOException {
        GenerationSummary summary = generate("demo.csv", 1_500, 3, 0);

        assertThat(summary.truthFile()).isEqualTo(dir.resolve("demo.truth.csv").toAbsolutePath());
        List<String> truth = Files.readAllLines(summary.truthFile());
        assertThat(truth.getFirst()).startsWith("customer_id,channel,acquisition_source,country,city")
                .contains(",lambda,p,nu,", "alive_at_end", "expected_value_180d");
        assertThat(truth).hasSize(1_501);
        assertThat(summary.customers()).isEqualTo(1_500);
        int purchasesColumn = List.of(truth.getFirst().split(",")).indexOf("purchases");
        long truePurchases = truth.stream().skip(1)
                .mapToLong(line -> Long.parseLong(StrictOrderRows.fields(line).get(purchasesColumn))).sum();
        assertThat(rows(summary.ordersFile())).filteredOn(row -> row.contains(",O0")).hasSize((int) truePurchases);
    }

    @Test
    void returnsAboutFivePercentOfOrdersAsNegativeRows() throws IOException {
        GenerationSummary summary = generate("orders.csv", 3_000, 5, 0);

        List<String> rows = rows(summary.ordersFile());
        long returns = rows.stream().filter(row -> StrictOrderRows.fields(row).get(3).startsWith("-")).count();
        double share = (double) returns / (rows.size() - returns);
        assertThat(share).isBetween(0.04, 0.06);
        assertThat(rows).filteredOn(row -> row.startsWith("C00000001,")).isNotEmpty();
    }

    @Test
    void mixesInTheRequestedShareOfBadRowsWithoutChangingCleanRows() throws IOException {
        List<String> clean = rows(generate("clean.csv", 1_500, 9, 0).ordersFile());
        GenerationSummary summary = generate("dirty.csv", 1_500, 9, 0.1);

        List<String> rows = rows(summary.ordersFile());
        StrictOrderRows strict = new StrictOrderRows(LocalDate.of(2024, 12, 31));
        List<String> good = new ArrayList<>();
        rows.forEach(row -> strict.problem(row).ifPresentOrElse(reason -> { }, () -> good.add(row)));
        long bad = rows.size() - good.size();
        assertThat(bad).isEqualTo(summary.dirtyRows());
        assertThat((double) bad / rows.size()).isBetween(0.085, 0.115);
        assertThat(good).isEqualTo(clean);
    }

    @Test
    void generatesEachCustomerIndependentlyOfHowManyFollow() throws IOException {
        List<String> small = rows(generate("small.csv", 300, 11, 0.05).ordersFile());
        List<String> large = rows(generate("large.csv", 600, 11, 0.05).ordersFile());

        assertThat(large.subList(0, small.size())).isEqualTo(small);
        assertThat(large.get(small.size())).startsWith("C00000301,");
    }

    @Test
    void reportsProgressUpToAllCustomers() {
        List<JobProgress> reports = new ArrayList<>();

        generate("orders.csv", 2_500, 2, 0, reports::add, 3);

        assertThat(reports).extracting(JobProgress::done).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(reports.getLast().fraction()).isEqualTo(1.0);
        assertThat(reports.getLast().unit()).isEqualTo("customers");
    }

    @Test
    void writesPopulationParametersInDaysNextToTheOrders() throws IOException {
        generate("orders.csv", 10, 4, 0);

        String json = Files.readString(dir.resolve("orders.params.json"));
        assertThat(json).contains("\"time_unit\": \"days\"", "\"r\": 0.75", "\"alpha\": 40.0", "\"a\": 0.8",
                "\"b\": 2.5", "\"history_end\": \"2024-12-31\"", "\"truth_file\": \"orders.truth.csv\"");
    }

    private GenerationSummary generate(String file, int customers, long seed, double dirty) {
        return generate(file, customers, seed, dirty, ProgressListener.NONE, 24);
    }

    private GenerationSummary generate(String file, int customers, long seed, double dirty,
            ProgressListener progress, int months) {
        GeneratorSettings settings = new GeneratorSettings(customers, months, seed, dirty, START);
        return generator.generate(settings, dir.resolve(file), progress);
    }

    private static List<String> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size());
    }
}
