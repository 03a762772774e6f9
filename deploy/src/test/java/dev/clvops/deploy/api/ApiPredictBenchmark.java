package dev.clvops.deploy.api;

import dev.clvops.ClvopsApplication;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server for bench/api-predict.sh: starts clvops on CLVOPS_HOME, loads 2,000 generated customers, trains and
 * promotes a BG/NBD champion, writes an ANALYST token to {@code $CLVOPS_HOME/bench-token}, prints READY and serves
 * until killed.
 */
public final class ApiPredictBenchmark {

    private ApiPredictBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClvopsApplication.class)
                .web(WebApplicationType.SERVLET).run(withDemoOff(args));
        Path home = Path.of(context.getEnvironment().getRequiredProperty("clvops.deploy.home"));
        Path orders = home.resolve("bench-orders.csv");
        context.getBean(DemoDataGenerator.class).generate(new GeneratorSettings(2_000, 24, 5, 0.0,
                LocalDate.now().withDayOfMonth(1).minusMonths(24)), orders, ProgressListener.NONE);
        context.getBean(OrderIngestion.class).ingest(new IngestRequest(orders, IngestFormat.ORDERS),
                ProgressListener.NONE);
        LocalDate latest = context.getBean(JdbcTemplate.class).queryForObject("SELECT max(order_date) FROM orders",
                LocalDate.class);
        FeatureSnapshot training = context.getBean(FeatureStore.class)
                .build(new SnapshotRequest(latest.minusDays(180), 180), ProgressListener.NONE);
        BtydClvModel model = BtydClvTrainer.bgNbd()
                .fit(context.getBean(TrainingSetSource.class).load(training.id(), TimeUnit.DAYS));
        ModelRegistry registry = context.getBean(ModelRegistry.class);
        ModelVersion version = registry.register(new TrainingRun(model.provenance(), Map.of(),
                List.of(ClvModelCodec.encode(model))));
        registry.setAlias(model.family(), ModelRegistry.CHAMPION, version.version());
        context.getBean(UserAccounts.class).add("bench", Role.ANALYST, null);
        String token = context.getBean(ApiTokens.class).create("bench", Role.ANALYST).token();
        Files.writeString(home.resolve("bench-token"), token);
        System.out.println("READY port=" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** As an argument: default properties rank below application.yml, whose demo is on unless CLVOPS_DEMO says. */
    private static String[] withDemoOff(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--clvops.deploy.demo.enabled=false";
        return all;
    }
}
