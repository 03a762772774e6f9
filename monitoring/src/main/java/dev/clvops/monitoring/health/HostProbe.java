package dev.clvops.monitoring.health;

import dev.clvops.platform.health.CpuStats;
import dev.clvops.platform.health.DiskStats;
import dev.clvops.platform.health.JvmStats;
import dev.clvops.platform.health.MemoryStats;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The host and the JVM, from the platform MXBeans ({@code com.sun.management} for physical memory and CPU load). */
final class HostProbe {

    CpuStats cpu() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuStats(os.getAvailableProcessors(), os.getSystemLoadAverage(), os.getCpuLoad(),
                os.getProcessCpuLoad());
    }

    MemoryStats memory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new MemoryStats(os.getTotalMemorySize(), os.getFreeMemorySize());
    }

    /** The file store of each existing path; a path that cannot be read is left out. */
    List<DiskStats> disks(List<Path> paths) {
        return paths.stream().filter(Files::exists).flatMap(path -> {
            try {
                FileStore store = Files.getFileStore(path);
                return java.util.stream.Stream.of(new DiskStats(path.toString(), store.getTotalSpace(),
                        store.getUsableSpace()));
            } catch (IOException e) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }

    JvmStats jvm() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<JvmStats.GcStats> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(HostProbe::gc).toList();
        return new JvmStats(Runtime.version().toString(), System.getProperty("java.vendor", ""),
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()), heap.getUsed(), heap.getMax(),
                threads.getThreadCount(), threads.getPeakThreadCount(), collectors);
    }

    private static JvmStats.GcStats gc(GarbageCollectorMXBean bean) {
        return new JvmStats.GcStats(bean.getName(), Math.max(0, bean.getCollectionCount()),
                Duration.ofMillis(Math.max(0, bean.getCollectionTime())));
    }
}
