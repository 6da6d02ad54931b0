package uk.gov.hmicfrs.findings.reportimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/examples/west-midlands-soc-2024.json is the Flyway seed written in the import format. This
 * test keeps it current: it fails when the seed and the committed file differ. To regenerate it:
 * {@code ./mvnw -q test -Dtest=ImportExampleFileTest -Dregenerate.examples=true}
 */
@IntegrationTest
class ImportExampleFileTest {

    static final Path EXAMPLE = Path.of("docs/examples/west-midlands-soc-2024.json");

    @Autowired
    ReportJsonExporter exporter;

    @Test
    void theCommittedExampleIsTheSeedInTheImportFormat() throws Exception {
        String exported = exporter.export("west-midlands-soc-2024");
        if (Boolean.getBoolean("regenerate.examples")) {
            Files.writeString(EXAMPLE, exported, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8)).isEqualTo(exported);
    }
}
