package io.github.xxgk.report.validate;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.AppealTable;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveTable;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.RequestTable;
import io.github.xxgk.report.model.SourceFormat;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Builds reports from the values of the seed report testdata/reports/wuzhong-civil-affairs-2021.txt (吴忠市民政局, 2021,
 * 2021 template): requests new, unavailable_not_held and results_total are 1 for natural_person and total, every
 * other request cell 0; every appeals cell 0; table 二 as printed (normative_documents.in_force 1, licensing 34).
 * Tests change one value from there.
 */
final class SeedReport {

    private final Map<CellKey, BigDecimal> values = new TreeMap<>();
    private Template template;
    private Optional<String> agency = Optional.of("吴忠市民政局");
    private OptionalInt year = OptionalInt.of(2021);

    private SeedReport(Template template) {
        this.template = template;
    }

    /** The seed report as published, in the 2021 template. */
    static SeedReport of2021() {
        SeedReport seed = new SeedReport(Template.T2021);
        seed.zeros(Template.T2021);
        seed.set("proactive.normative_documents.in_force", "1");
        seed.set("proactive.licensing.decisions", "34");
        seed.requestOnes();
        return seed;
    }

    /**
     * The seed's numbers in the 2019 template: the single row other_handling (all 0) instead of the three other_*
     * rows, table 二 in the 2019 columns (all 0 but normative_documents.total_published 1, licensing.decisions 34).
     */
    static SeedReport of2019() {
        SeedReport seed = new SeedReport(Template.T2019);
        seed.zeros(Template.T2019);
        seed.set("proactive.normative_documents.total_published", "1");
        seed.set("proactive.licensing.decisions", "34");
        seed.requestOnes();
        seed.year = OptionalInt.of(2020);
        return seed;
    }

    /** The seed's value of a request cell: 1 in the natural_person and total columns of three rows, else 0. */
    static long seedValue(RequestRow row, Applicant column) {
        boolean oneRow = row == RequestRow.NEW || row == RequestRow.UNAVAILABLE_NOT_HELD
                || row == RequestRow.RESULTS_TOTAL;
        boolean oneColumn = column == Applicant.NATURAL_PERSON || column == Applicant.TOTAL;
        return oneRow && oneColumn ? 1 : 0;
    }

    SeedReport set(String key, String value) {
        return set(CellKey.parse(key), value);
    }

    SeedReport set(CellKey cell, String value) {
        values.put(cell, new BigDecimal(value));
        return this;
    }

    SeedReport set(CellKey cell, long value) {
        values.put(cell, BigDecimal.valueOf(value));
        return this;
    }

    SeedReport remove(String key) {
        values.remove(CellKey.parse(key));
        return this;
    }

    SeedReport removeRow(RequestRow row) {
        for (Applicant column : Applicant.values()) {
            values.remove(CellKey.of(row, column));
        }
        return this;
    }

    SeedReport removeTable(TableKind table) {
        values.keySet().removeIf(cell -> cell.table() == table);
        return this;
    }

    SeedReport template(Template template) {
        this.template = template;
        return this;
    }

    SeedReport agency(String agency) {
        this.agency = Optional.of(agency);
        return this;
    }

    SeedReport noAgency() {
        this.agency = Optional.empty();
        return this;
    }

    SeedReport year(int year) {
        this.year = OptionalInt.of(year);
        return this;
    }

    SeedReport noYear() {
        this.year = OptionalInt.empty();
        return this;
    }

    AnnualReport build() {
        ReportMetadata metadata = new ReportMetadata(agency, year,
                Optional.of("吴忠市民政局2021年政府信息公开工作年度报告"), template, "wuzhong-civil-affairs-2021.txt",
                SourceFormat.TEXT);
        return new AnnualReport(metadata, List.of(), List.of(), new ProactiveTable(table(TableKind.PROACTIVE)),
                new RequestTable(table(TableKind.REQUESTS)), new AppealTable(table(TableKind.APPEALS)), List.of(),
                List.of());
    }

    private Map<CellKey, BigDecimal> table(TableKind table) {
        Map<CellKey, BigDecimal> cells = new TreeMap<>(values);
        cells.keySet().removeIf(cell -> cell.table() != table);
        return cells;
    }

    private void zeros(Template shape) {
        for (CellKey cell : CellKey.of(shape)) {
            values.put(cell, BigDecimal.ZERO);
        }
    }

    private void requestOnes() {
        for (RequestRow row : List.of(RequestRow.NEW, RequestRow.UNAVAILABLE_NOT_HELD, RequestRow.RESULTS_TOTAL)) {
            set(CellKey.of(row, Applicant.NATURAL_PERSON), 1);
            set(CellKey.of(row, Applicant.TOTAL), 1);
        }
    }
}
