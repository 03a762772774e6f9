package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.testing.TestDatabase;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The smallest Spring context the ingest job needs: JDBC job repository, transaction manager, the job. */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
@Import({IngestOrdersJobConfiguration.class, JdbcOrderIngestion.class, IngestProgressRegistry.class})
class IngestTestContext {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    /**
     * The context for one test class (register as a static extension): opened before its tests, closed after them;
     * the store is emptied before each test.
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

        private @Nullable AnnotationConfigApplicationContext context;

        @Override
        public void beforeAll(ExtensionContext extension) {
            context = open(TestDatabase.dataSource());
        }

        @Override
        public void beforeEach(ExtensionContext extension) {
            TestDatabase.truncateAll();
        }

        @Override
        public void afterAll(ExtensionContext extension) {
            if (context != null) {
                context.close();
            }
        }

        OrderIngestion ingestion() {
            return bean(OrderIngestion.class);
        }

        <T> T bean(Class<T> type) {
            if (context == null) {
                throw new IllegalStateException("the ingest context opens before the class's tests");
            }
            return context.getBean(type);
        }
    }

    static AnnotationConfigApplicationContext open(DataSource dataSource) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(IngestTestContext.class);
        context.refresh();
        return context;
    }
}
