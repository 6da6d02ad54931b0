package uk.gov.hmicfrs.findings.reportimport;

import java.util.List;

/** The file was checked and has problems; nothing was written. Each problem starts with its JSON path. */
public class ImportRejectedException extends RuntimeException {

    private final List<String> problems;

    public ImportRejectedException(List<String> problems) {
        super(problems.size() + " problem(s) in the report file");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
