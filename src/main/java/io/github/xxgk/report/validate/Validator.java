package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import java.util.List;

/** Checks the arithmetic rules of the spec on a report's published values. */
public final class Validator {

    private Validator() {
    }

    /** The findings of every rule on this report. */
    public static List<Diagnostic> check(AnnualReport report) {
        return List.of();
    }
}
