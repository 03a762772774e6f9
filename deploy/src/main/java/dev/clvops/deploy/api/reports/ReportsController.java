package dev.clvops.deploy.api.reports;

import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.store.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Executive, CLV, segment, persona and overview reports (PDF and Markdown)")
class ReportsController {

    private final ReportService reports;

    ReportsController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Report runs, newest first, with their files and provenance")
    List<ReportRun> runs() {
        return reports.runs();
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "One report run")
    ReportRun run(@PathVariable long runId) {
        return reports.run(runId).orElseThrow(() -> Problems.notFound("No report run " + runId));
    }

    @PostMapping("/generate")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generates reports now: kinds executive, clv, segments, personas, overview or all")
    ReportRun generate(@RequestParam(defaultValue = "all") String kinds) {
        return reports.generate(kinds(kinds));
    }

    @GetMapping("/{reportId}/download")
    @Operation(summary = "Downloads one report file")
    ResponseEntity<Resource> download(@PathVariable long reportId) {
        StoredReport report = reports.report(reportId)
                .orElseThrow(() -> Problems.notFound("No report " + reportId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(report.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report.fileName()))
                .body(new FileSystemResource(reports.download(reportId)));
    }

    @GetMapping("/runs/{runId}/zip")
    @Operation(summary = "Downloads every file of a report run as one ZIP")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long runId) {
        reports.run(runId).orElseThrow(() -> Problems.notFound("No report run " + runId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("clvops-reports-" + runId + ".zip"))
                .body(out -> reports.zip(runId, out));
    }

    private static List<ReportKind> kinds(String kinds) {
        if (kinds.isBlank() || kinds.trim().equalsIgnoreCase("all")) {
            return Arrays.asList(ReportKind.values());
        }
        try {
            return Arrays.stream(kinds.split(",")).map(String::trim).map(ReportKind::fromCliName).toList();
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("kinds", e.getMessage());
        }
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
