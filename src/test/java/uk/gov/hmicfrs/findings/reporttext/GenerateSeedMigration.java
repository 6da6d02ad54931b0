package uk.gov.hmicfrs.findings.reporttext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed migration for a published report. A build-time tool, kept with the tests so that
 * it is compiled and tested with them but never ships in the application jar:
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/test-classes uk.gov.hmicfrs.findings.reporttext.GenerateSeedMigration \
 *     src/test/resources/reports/west-midlands-soc-2024.txt \
 *     src/main/resources/db/migration/V2__seed_west_midlands_soc_2024.sql
 * </pre>
 */
public final class GenerateSeedMigration {

    private GenerateSeedMigration() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateSeedMigration <report.txt> <out.sql>");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ParsedReport parsed = ReportTextParser.parseKnownReport(Files.readString(report, StandardCharsets.UTF_8));
        String sql = new SeedMigrationWriter(report.getFileName().toString()).write(parsed);
        Files.writeString(out, sql, StandardCharsets.UTF_8);
        System.out.printf("Wrote %s: %d organisations, %d judgements, %d findings, %d recommendations, %d passages, %d key figures%n",
                out, parsed.organisations().size(), parsed.judgements().size(), parsed.findings().size(),
                parsed.recommendations().size(), parsed.passages().size(), parsed.keyFigures().size());
    }
}
