package dev.clvops.deploy.cli;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "features", description = "Builds a feature snapshot at a cutoff, optionally exporting it as CSV.")
final class FeaturesCommand implements Callable<Integer> {

    private final Supplier<FeatureStore> store;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cutoff", paramLabel = "DATE", required = true,
            description = "The last calibration day, e.g. 2026-05-31.")
    private LocalDate cutoff;

    @Option(names = "--horizon", paramLabel = "HORIZON", required = true, converter = HorizonConverter.class,
            description = "The target window: 180d, 26w or a number of days; 0 for an as-of-now snapshot.")
    private int horizonDays;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the snapshot as CSV to FILE.")
    private Path export;

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "days", converter = TimeUnitConverter.class,
            description = "Unit of recency and T in the export: days (default) or weeks.")
    private TimeUnit unit;

    @Option(names = "--json", description = "Print the snapshot as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    FeaturesCommand(Supplier<FeatureStore> store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        FeatureStore features = store.get();
        FeatureSnapshot snapshot = features.build(new SnapshotRequest(cutoff, horizonDays), Output.progress(spec));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("snapshotId", snapshot.id().value());
        document.put("cutoff", snapshot.cutoff());
        document.put("horizonDays", snapshot.horizonDays());
        document.put("featureSetVersion", snapshot.featureSetVersion());
        document.put("rowCount", snapshot.rowCount());
        document.put("checksum", snapshot.checksum());
        document.put("createdAt", snapshot.createdAt());
        String human = String.format("Snapshot %s: %,d customers at cutoff %s, horizon %d days", snapshot.id(),
                snapshot.rowCount(), snapshot.cutoff(), snapshot.horizonDays());
        if (export != null) {
            long written = features.export(snapshot.id(), export, unit);
            document.put("export", Map.of("file", export.toString(), "rows", written, "timeUnit", unitName()));
            human += String.format("; exported %,d rows to %s (%s)", written, export, unitName());
        }
        Output.print(spec, json, document, human);
        return ClvopsCli.OK;
    }

    private String unitName() {
        return unit.name().toLowerCase(java.util.Locale.ROOT);
    }

    static final class TimeUnitConverter implements picocli.CommandLine.ITypeConverter<TimeUnit> {
        @Override
        public TimeUnit convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "days", "d" -> TimeUnit.DAYS;
                case "weeks", "w" -> TimeUnit.WEEKS;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a time unit (expected days or weeks)");
            };
        }
    }
}
