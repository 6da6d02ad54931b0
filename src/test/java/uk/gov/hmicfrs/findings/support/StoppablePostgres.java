package uk.gov.hmicfrs.findings.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL that a test can stop and start again on the same port with the same data. */
public final class StoppablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    public StoppablePostgres() throws IOException {
        this.dataDirectory = Files.createTempDirectory("findings-pg-");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public void start() throws IOException {
        running = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    public void stop() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
