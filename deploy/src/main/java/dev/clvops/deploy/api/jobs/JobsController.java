package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Start jobs asynchronously and follow their progress")
class JobsController {

    private final ApiJobs jobs;

    JobsController(ApiJobs jobs) {
        this.jobs = jobs;
    }

    /** The available kinds and the recent jobs, newest first. */
    record JobList(Map<String, String> kinds, List<JobView> jobs) {
    }

    @GetMapping
    @Operation(summary = "Available job kinds and the latest " + ApiJobs.KEPT + " jobs, past ones included")
    JobList list() {
        return new JobList(jobs.kinds(), jobs.list());
    }

    @PostMapping("/{kind}")
    @Operation(summary = "Starts a job; answers 202 with its status URL (parameters as a JSON object of strings)")
    ResponseEntity<JobView> start(@PathVariable String kind,
                                  @RequestBody(required = false) @Nullable Map<String, String> parameters) {
        JobView job = jobs.submit(kind, parameters == null ? Map.of() : parameters);
        return ResponseEntity.accepted().location(URI.create(job.statusUrl())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status, progress and Spring Batch step counts of a job")
    JobView status(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> Problems.notFound("No job " + id));
    }
}
