package dev.clvops.deploy.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * Render time of every tab against a running clvops (bench/ui-render.sh loads 1M customers first): signs in, warms
 * each tab up, then opens each tab {@code rounds} times and prints, per view, the server time of the navigation
 * request (the {@code clvops_ui_navigation_seconds} timer: mean and max over the measured visits) and the browser
 * time until Vaadin is idle. Usage: {@code UiRenderBenchmark PORT USER PASSWORD CUSTOMER_ID [ROUNDS]}.
 */
public final class UiRenderBenchmark {

    private static final Pattern SAMPLE = Pattern.compile(
            "^clvops_ui_navigation_seconds_(sum|count|max)\\{[^}]*view=\"(\\w+)\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final String IDLE = "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return document.readyState === 'complete' && !!c"
            + " && Object.values(c).every(x => !x.isActive || !x.isActive());";
    private static final int WARM_UP = 3;

    private UiRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        try (Browser browser = new Browser(port)) {
            browser.login(args[1], args[2]);
            List<String> paths = browser.findAll(By.cssSelector("#tabs vaadin-side-nav-item")).stream()
                    .map(item -> item.getDomAttribute("path"))
                    .map(path -> path.equals("customer") ? "customer?id=" + args[3] : path).toList();
            System.out.printf(Locale.ROOT, "%-34s %14s %14s %16s%n", "tab (view)", "server mean ms",
                    "server max ms", "browser mean ms");
            for (String path : paths) {
                measure(browser, port, path, rounds);
            }
        }
    }

    private static void measure(Browser browser, int port, String path, int rounds)
            throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            visit(browser, path);
        }
        Map<String, double[]> before = navigationTimes(port);
        long browserNanos = 0;
        for (int i = 0; i < rounds; i++) {
            browserNanos += visit(browser, path);
        }
        Map<String, double[]> after = navigationTimes(port);
        double browserMs = browserNanos / 1e6 / rounds;
        after.forEach((view, now) -> {
            double[] was = before.getOrDefault(view, new double[3]);
            double count = now[1] - was[1];
            if (count > 0) {
                System.out.printf(Locale.ROOT, "%-34s %14.1f %14.1f %16.1f%n", path + " (" + view + ")",
                        (now[0] - was[0]) / count * 1000, now[2] * 1000, browserMs);
            }
        });
    }

    private static long visit(Browser browser, String path) {
        long started = System.nanoTime();
        browser.open(path);
        browser.waiting(Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(
                browser.driver().executeScript(IDLE)));
        return System.nanoTime() - started;
    }

    /** Per view: {sum seconds, count, max seconds} of the navigation timer. */
    private static Map<String, double[]> navigationTimes(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, double[]> times = new HashMap<>();
        Matcher sample = SAMPLE.matcher(response.body());
        while (sample.find()) {
            int slot = switch (sample.group(1)) {
                case "sum" -> 0;
                case "count" -> 1;
                default -> 2;
            };
            times.computeIfAbsent(sample.group(2), view -> new double[3])[slot] = Double.parseDouble(sample.group(3));
        }
        return times;
    }
}
