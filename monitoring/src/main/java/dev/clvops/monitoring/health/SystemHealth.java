package dev.clvops.monitoring.health;

import dev.clvops.platform.health.DatabaseStats;
import dev.clvops.platform.health.SystemHealthSource;
import dev.clvops.platform.health.SystemSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** Reads the system's health; an unreachable database shows in {@link DatabaseStats}, never as an exception. */
public final class SystemHealth implements SystemHealthSource {

    private final HostProbe host = new HostProbe();
    private final DatabaseProbe database;
    private final List<Path> diskPaths;
    private final Clock clock;

    /** @param diskPaths the paths whose file stores to report, e.g. the clvops home */
    public SystemHealth(DataSource dataSource, List<Path> diskPaths, Clock clock) {
        this.database = new DatabaseProbe(dataSource);
        this.diskPaths = List.copyOf(diskPaths);
        this.clock = clock;
    }

    @Override
    public SystemSnapshot snapshot() {
        DatabaseStats databaseStats = database.stats();
        return new SystemSnapshot(clock.instant(), host.cpu(), host.memory(), host.disks(diskPaths), host.jvm(),
                databaseStats, ComponentVersions.read(SystemHealth.class.getClassLoader()),
                databaseStats.reachable() ? database.lastJobRuns() : List.of());
    }
}
