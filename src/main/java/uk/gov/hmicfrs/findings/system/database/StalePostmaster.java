package uk.gov.hmicfrs.findings.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by an app that was killed (not stopped) still holds the data
 * directory, and the next start would fail on its lock file. Stop it first.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDirectory);
            process.get().destroy();
            process.get().onExit().join();
        }
    }
}
