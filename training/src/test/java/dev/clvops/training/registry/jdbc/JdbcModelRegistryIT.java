package dev.clvops.training.registry.jdbc;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.registry.ClosedPort;
import dev.clvops.training.registry.ModelRegistryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class JdbcModelRegistryIT extends ModelRegistryContract {

    @TempDir
    Path artifacts;

    @Override
    protected ModelRegistry registry() {
        return new JdbcModelRegistry(TestDatabase.dataSource(), artifacts, clock);
    }

    @Override
    protected ModelRegistry unreachableRegistry() {
        PGSimpleDataSource closed = new PGSimpleDataSource();
        closed.setServerNames(new String[] {"127.0.0.1"});
        closed.setPortNumbers(new int[] {ClosedPort.find()});
        closed.setUser("postgres");
        closed.setConnectTimeout(2);
        return new JdbcModelRegistry(closed, artifacts, clock);
    }
}
