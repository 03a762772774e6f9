package dev.clvops.deploy.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metric names the Grafana dashboard's PromQL queries, and the sample names a Prometheus scrape exposes. */
final class DashboardQueries {

    static final Path DASHBOARD = Path.of("grafana", "clvops-dashboard.json");
    private static final Pattern METRIC = Pattern.compile("\\b(?:clvops|spring_batch|http_server)_[a-z0-9_]+\\b");

    private DashboardQueries() {
    }

    static Set<String> metricNames() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher matcher = METRIC.matcher(target.get("expr").asString());
                while (matcher.find()) {
                    names.add(matcher.group());
                }
            }
        }
        names.removeIf(name -> name.equals("spring_batch_job_name") || name.equals("spring_batch_job_status"));
        return names;
    }

    static Set<String> sampleNames(String scrape) {
        return Arrays.stream(scrape.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }
}
