package uk.gov.hmicfrs.findings.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTableWriterTest {

    @Test
    void rowsBeyondASheetsLimitContinueOnANewSheetWithTheHeaderRepeated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a limit of 3 rows stands in for Excel's 1,048,575 so that the test stays small
        XlsxTableWriter writer = new XlsxTableWriter(out, "Findings", 3);
        writer.start(List.of(ExportColumn.text("reference", 10), ExportColumn.date("published")));
        for (int i = 1; i <= 7; i++) {
            writer.row(new Object[] {"R" + i, LocalDate.of(2024, 1, i)});
        }
        writer.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("Findings (2)");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("reference");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("R4");
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("R7");
            assertThat(workbook.getSheetAt(2).getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(XlsxTableWriter.MAX_DATA_ROWS).isEqualTo(1_048_575);
    }

    @Test
    void neutralisesEveryFormulaStarterAndNothingElse() {
        for (String s : List.of("=1", "+1", "-1", "@A", "\t1", "\r1")) {
            assertThat(TableWriter.neutralise(s)).isEqualTo("'" + s);
        }
        assertThat(TableWriter.neutralise("West Mercia Police – ‘good’")).isEqualTo("West Mercia Police – ‘good’");
        assertThat(TableWriter.neutralise("")).isEmpty();
        assertThat(TableWriter.neutralise(null)).isNull();
    }
}
