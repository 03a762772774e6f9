package dev.clvops.deploy.api.orders;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.deploy.api.Problems;
import dev.clvops.deploy.api.jobs.ApiJobs;
import dev.clvops.deploy.api.jobs.BuiltInJobs;
import dev.clvops.deploy.api.jobs.JobView;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "orders", description = "Upload order files and inspect the quarantine")
class OrdersController {

    private final ApiJobs jobs;
    private final OrderIngestion ingestion;
    private final Path uploads;

    OrdersController(ApiJobs jobs, OrderIngestion ingestion, DeploySettings deploy) {
        this.jobs = jobs;
        this.ingestion = ingestion;
        this.uploads = BuiltInJobs.uploads(deploy);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads an order CSV (size limit spring.servlet.multipart.max-file-size) and ingests it"
            + " as a job; answers 202 with the job's status URL")
    ResponseEntity<JobView> upload(@RequestPart("file") MultipartFile file,
                                   @RequestParam(defaultValue = "auto") String format) throws IOException {
        if (file.isEmpty()) {
            throw Problems.invalid("file", "is empty");
        }
        try {
            IngestFormat.fromCliName(format);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("format", e.getMessage());
        }
        Path directory = Files.createDirectories(uploads).resolve(Long.toString(System.nanoTime(), 36));
        Files.createDirectory(directory);
        Path target = directory.resolve(fileName(file.getOriginalFilename()));
        file.transferTo(target);
        JobView job = jobs.submit("ingest", Map.of("file", target.toString(), "format", format));
        return ResponseEntity.accepted().location(URI.create(job.statusUrl())).body(job);
    }

    @GetMapping("/uploads/{id}")
    @Operation(summary = "Status of an upload's ingest job: progress, batch step counts, the ingest summary")
    JobView upload(@PathVariable long id) {
        return jobs.find(id).filter(job -> job.kind().equals("ingest"))
                .orElseThrow(() -> Problems.notFound("No upload job " + id));
    }

    @GetMapping("/quarantine")
    @Operation(summary = "Rows ingestion rejected, with file, line and reason")
    List<QuarantinedRow> quarantine(@RequestParam(required = false) @Nullable Long run,
                                    @RequestParam(defaultValue = "0") int offset,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0) {
            throw Problems.invalid("offset", "must not be negative (got " + offset + ")");
        }
        if (limit < 1 || limit > 500) {
            throw Problems.invalid("limit", "must be between 1 and 500 (got " + limit + ")");
        }
        return ingestion.quarantine(run == null ? OptionalLong.empty() : OptionalLong.of(run), offset, limit);
    }

    /** The client's file name without directories or odd characters. */
    static String fileName(@Nullable String original) {
        String name = original == null ? "" : original.substring(original.replace('\\', '/').lastIndexOf('/') + 1);
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "upload.csv" : safe;
    }
}
