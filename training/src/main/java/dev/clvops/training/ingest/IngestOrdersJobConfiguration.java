package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest-orders} job. {@code orders} files take the bulk lane: {@code bulkLoad} validates blocks of
 * records and COPYs them into the store in one transaction. Other files take the staging lane: {@code loadOrders}
 * reads, validates and COPYs rows into staging per chunk, then {@code mergeOrders} merges them into the order
 * store in one transaction. Job parameters: file, fileName, format, charset, fileBytes, runId.
 */
@Configuration(proxyBeanMethods = false)
public class IngestOrdersJobConfiguration {

    static final String JOB_NAME = "ingest-orders";
    static final String RUN_ID = "runId";
    private static final int CHUNK_SIZE = 10_000;
    private static final String BULK = "BULK";
    private static final String STAGED = "STAGED";

    @Bean
    @StepScope
    OrderFileReader ingestOrderReader(@Value("#{jobParameters['file']}") String file,
                                      @Value("#{jobParameters['format']}") String format,
                                      @Value("#{jobParameters['charset']}") String charset) {
        return new OrderFileReader(Path.of(file), layout(file, format, charset));
    }

    @Bean
    @StepScope
    StagingRowProcessor ingestRowProcessor(@Value("#{jobParameters['file']}") String file,
                                           @Value("#{jobParameters['format']}") String format,
                                           @Value("#{jobParameters['charset']}") String charset) {
        return new StagingRowProcessor(RowMapper.forLayout(layout(file, format, charset), LocalDate.now()));
    }

    @Bean
    @StepScope
    StagingCopyWriter ingestStagingWriter(DataSource dataSource, @Value("#{jobParameters['runId']}") Long runId) {
        return new StagingCopyWriter(dataSource, runId);
    }

    @Bean
    @StepScope
    IngestProgressListener ingestProgressListener(OrderFileReader ingestOrderReader, IngestProgressRegistry registry,
                                                  @Value("#{jobParameters['runId']}") Long runId,
                                                  @Value("#{jobParameters['fileBytes']}") Long fileBytes) {
        return new IngestProgressListener(ingestOrderReader, registry, runId, fileBytes);
    }

    @Bean
    @StepScope
    OrderMergeTasklet ingestMergeTasklet(DataSource dataSource, @Value("#{jobParameters['runId']}") Long runId,
                                         @Value("#{jobParameters['fileName']}") String fileName) {
        return new OrderMergeTasklet(new StagedRowMerge(new JdbcTemplate(dataSource)), runId, fileName);
    }

    @Bean
    @StepScope
    BulkLoadTasklet ingestBulkTasklet(DataSource dataSource, IngestProgressRegistry registry,
                                      @Value("#{jobParameters['file']}") String file,
                                      @Value("#{jobParameters['format']}") String format,
                                      @Value("#{jobParameters['charset']}") String charset,
                                      @Value("#{jobParameters['runId']}") Long runId,
                                      @Value("#{jobParameters['fileBytes']}") Long fileBytes) {
        return new BulkLoadTasklet(dataSource, Path.of(file), layout(file, format, charset), runId, registry,
                fileBytes);
    }

    @Bean
    Step bulkLoad(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  BulkLoadTasklet ingestBulkTasklet) {
        return new StepBuilder("bulkLoad", jobRepository).tasklet(ingestBulkTasklet, transactionManager)
                .stream(ingestBulkTasklet).build();
    }

    @Bean
    Step loadOrders(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    OrderFileReader ingestOrderReader, StagingRowProcessor ingestRowProcessor,
                    StagingCopyWriter ingestStagingWriter, IngestProgressListener ingestProgressListener) {
        return new StepBuilder("loadOrders", jobRepository).<SourceRecord, StagedRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager).reader(ingestOrderReader).processor(ingestRowProcessor)
                .writer(ingestStagingWriter).listener((ChunkListener<SourceRecord, StagedRow>) ingestProgressListener)
                .listener((StepExecutionListener) ingestProgressListener).build();
    }

    @Bean
    Step mergeOrders(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     OrderMergeTasklet ingestMergeTasklet) {
        return new StepBuilder("mergeOrders", jobRepository).tasklet(ingestMergeTasklet, transactionManager)
                .build();
    }

    @Bean
    Job ingestOrdersJob(JobRepository jobRepository, Step bulkLoad, Step loadOrders, Step mergeOrders,
                        DataSource dataSource) {
        JobExecutionDecider lane = (job, step) -> new FlowExecutionStatus(bulk(job.getJobParameters()) ? BULK : STAGED);
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new IngestRunListener(new IngestRuns(new JdbcTemplate(dataSource))))
                .start(lane).on(BULK).to(bulkLoad)
                .from(lane).on(STAGED).to(loadOrders).next(mergeOrders)
                .end().build();
    }

    /**
     * Whether a run takes the bulk lane: {@code orders} files in one of the two encodings {@link FileFingerprint}
     * tells apart (both read ASCII bytes as ASCII, which the fast lane relies on). Online Retail lines are grouped
     * into orders in SQL, and CDNOW files are small, so both keep the staging lane.
     */
    private static boolean bulk(JobParameters parameters) {
        Charset charset = Charset.forName(parameters.getString("charset"));
        return IngestFormat.fromCliName(parameters.getString("format")) == IngestFormat.ORDERS
                && (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1));
    }

    private static SourceLayout layout(String file, String format, String charset) {
        return FormatDetector.detect(Path.of(file), IngestFormat.fromCliName(format), Charset.forName(charset));
    }
}
