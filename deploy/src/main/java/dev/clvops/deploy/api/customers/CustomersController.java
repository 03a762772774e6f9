package dev.clvops.deploy.api.customers;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.deploy.api.LatestAnalyticsRun;
import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.CustomerPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "customers", description = "Customer lists, 360 view and CSV export")
class CustomersController {

    private final CustomerAnalyticsReader reader;
    private final LatestAnalyticsRun latest;
    private final Customer360Queries queries;
    private final ApiSettings settings;

    CustomersController(CustomerAnalyticsReader reader, LatestAnalyticsRun latest, Customer360Queries queries,
                        ApiSettings settings) {
        this.reader = reader;
        this.latest = latest;
        this.queries = queries;
        this.settings = settings;
    }

    @GetMapping("/customers")
    @Operation(summary = "A page of customers of the latest analytics run, highest predicted CLV first")
    CustomerPage customers(@RequestParam(required = false) @Nullable String segment,
                           @RequestParam(required = false) @Nullable String tier,
                           @RequestParam(required = false) @Nullable String persona,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Problems.invalid("page", "must not be negative (got " + page + ")");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw Problems.invalid("size", "must be between 1 and " + settings.maxPageSize() + " (got " + size + ")");
        }
        return reader.customers(latest.requireId(), new CustomerFilter(segment, tier, persona, page, size));
    }

    @GetMapping("/customers/{customerId}")
    @Operation(summary = "Customer 360: features, prediction with top factors, segment history, orders")
    Customer360 customer(@PathVariable String customerId) {
        Map<String, Object> profile = queries.profile(customerId);
        long orders = queries.orderCount(customerId);
        if (profile == null && orders == 0) {
            throw Problems.notFound("No customer '" + customerId + "'");
        }
        var run = reader.latestRun();
        return new Customer360(customerId, profile, queries.features(customerId), queries.prediction(customerId),
                run.flatMap(r -> reader.customer(r.runId(), customerId)).orElse(null),
                queries.segmentHistory(customerId), orders, queries.orders(customerId));
    }

    @GetMapping(value = "/exports/customers.csv", produces = "text/csv")
    @Operation(summary = "Streams the filtered customer list of the latest analytics run as CSV")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String segment,
                                                 @RequestParam(required = false) @Nullable String tier,
                                                 @RequestParam(required = false) @Nullable String persona) {
        AnalyticsRun run = latest.require();
        CustomerFilter filter = new CustomerFilter(segment, tier, persona, 0, 10_000);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            reader.exportCsv(run.runId(), filter, writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers-run-" + run.runId()
                        + ".csv\"").body(body);
    }
}
