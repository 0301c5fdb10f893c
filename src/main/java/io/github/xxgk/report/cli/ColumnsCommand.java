package io.github.xxgk.report.cli;

import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code columns}: the codebook of the outputs ({@link Codebook}) as Markdown, CSV or JSON, or the Stata and R
 * scripts that read the wide CSV with its types and labels. The project's {@code docs/columns.md} is the Markdown;
 * a test keeps it current.
 */
@Command(name = "columns", mixinStandardHelpOptions = true,
        description = "Prints the columns of the CSV outputs, with their names (key, Chinese, Stata), types and "
                + "meaning, and the diagnostic codes.")
final class ColumnsCommand implements Callable<Integer> {

    /** What {@code columns} prints. */
    enum Format {
        /** The codebook as Markdown (docs/columns.md). */
        MARKDOWN,
        /** The codebook as CSV, one row per column of each output. */
        CSV,
        /** The codebook as one JSON object. */
        JSON,
        /** A Stata do-file that reads the wide CSV written with --names stata. */
        STATA,
        /** An R script that defines read_xxgk_wide(). */
        R
    }

    static final String SERIES_TEXT = "The `series.*` columns are headline figures that reports of every template "
            + "give, comparable across the template changes of 2019 and 2021: in a 2019 or 2021 report the sum of "
            + "the cells the meaning names (empty unless every one of them is given: a sum over missing values is "
            + "missing), in a pre-2019 report the value of the statistics-table indicator that names the figure, "
            + "in the column of the reporting year (受理依申请公开信息总数 → `series.requests_new`, 同意公开答复数 → "
            + "`series.granted`, 否决公开答复数 or 不予公开答复数 → `series.denied`, 对申请的答复总数 → "
            + "`series.results_total`, 行政复议数 → `series.reconsideration`, 行政诉讼数 → `series.litigation`, and "
            + "their variants); a label that could mean more than one figure (接受行政诉讼、举报数) is not mapped. "
            + "The long CSV's `series` rows say for each value where it came from. The `rate.*` columns divide "
            + "published figures as their meaning says, rounded to 4 decimals; 纠错 counts the results 结果纠正 and "
            + "其他结果 among the decided cases (维持 + 纠正 + 其他), pending cases left out.\n\n";

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "markdown (default), csv, json, stata (a do-file reading the wide CSV of "
                    + "'convert --names stata', with English and Chinese variable labels) or r (an R script "
                    + "defining read_xxgk_wide(file)).")
    private Format format = Format.MARKDOWN;

    private final Streams streams;

    ColumnsCommand(Streams streams) {
        this.streams = streams;
    }

    /** Prints the codebook; fails if standard output lost it (a full disk, a closed stream). */
    @Override
    public Integer call() throws IOException {
        streams.outText().print(switch (format) {
            case MARKDOWN -> markdown();
            case CSV -> CodebookData.csv();
            case JSON -> CodebookData.json();
            case STATA -> ImportScripts.stata();
            case R -> ImportScripts.r();
        });
        streams.checkOut();
        return Main.OK;
    }

    /** The whole codebook as Markdown; lines end with {@code \n} on every platform. */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Columns of the CSV outputs\n\n")
                .append("Generated from the code by `xxgk-report columns`; do not edit by hand (a test fails when ")
                .append("this file is stale; regenerate with `mvn test -Dtest=ColumnsDocTest -Dxxgk.regenerate=true`). ")
                .append("`xxgk-report columns --format csv` and `--format json` print the same codebook as data; ")
                .append("`--format stata` and `--format r` print scripts that read the wide CSV with these types and ")
                .append("labels.\n\n## Wide CSV (`--format wide`, the default)\n\n")
                .append("One row per input file. The header is the `column` below, with `--header zh` the Chinese ")
                .append("name, with `--names stata` the Stata name (at most 32 characters of `[A-Za-z0-9_]`), and with ")
                .append("`--header both` a row of names followed by a row of Chinese names. A cell column is empty ")
                .append("where the report does not give the cell (never 0) and always empty for a template that ")
                .append("lacks it.\n\n")
                .append("A cell holds the number the report prints. Where the cell states it with words or a unit ")
                .append("(\"增98\" → 98, \"减3\" → -3, \"无变化\" → 0 in 本年增/减; \"124件\" → 124), the number is ")
                .append("used and a `cell.worded` diagnostic names the printed text; words that decide no number ")
                .append("(\"0/0\", a bare \"增\") leave the cell empty with `cell.ambiguous_text`. Amounts are in ")
                .append("the unit of their column: `proactive.fees.amount` is in 万元, so an amount printed in 元 ")
                .append("there (\"984361元\") is converted (98.4361) and `cell.unit_converted` says so; ")
                .append("`proactive.procurement.amount` (采购总金额) has no unit in the template, so it is kept as ")
                .append("printed, in the unit the report uses (\"70487元\" → 70487; 477.35 under a header ")
                .append("采购总金额(万元) stays 477.35).\n\n")
                .append(SERIES_TEXT)
                .append("| column | 中文列名 (`--header zh`) | Stata (`--names stata`) | type | meaning | templates |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Column column : Codebook.wide()) {
            row(md, "`" + column.name() + "`", column.chineseName(), "`" + column.stataName() + "`",
                    column.type().key(), column.meaning(), templates(column));
        }
        md.append("\n## Long CSV (`--format long`)\n\n")
                .append("One row per value a report gives, then its headline figures and rates; a file with no ")
                .append("value (unreadable, or no table found) has one row with `table`, `row`, `column`, `value` ")
                .append("and `source` empty.\n\n")
                .append("| column | 中文列名 | type | meaning |\n|---|---|---|---|\n");
        Codebook.longFormat().forEach(column -> row(md, "`" + column.name() + "`", column.chineseName(),
                column.type().key(), column.meaning()));
        md.append("\n## Diagnostics CSV (`--diagnostics DIAG.csv`)\n\n")
                .append("One row per diagnostic; a file that could not be read has one row of severity `error`. ")
                .append("Its header follows `--header` and `--names`.\n\n")
                .append("| column | 中文列名 | type | meaning |\n|---|---|---|---|\n");
        Codebook.diagnostics().forEach(column -> row(md, "`" + column.name() + "`", column.chineseName(),
                column.type().key(), column.meaning()));
        md.append("\n## Diagnostic codes\n\n| code | usual severity | meaning |\n|---|---|---|\n");
        for (DiagnosticCodes.Code code : DiagnosticCodes.all()) {
            row(md, "`" + code.code() + "`", code.severity(), code.meaning());
        }
        return md.toString();
    }

    private static String templates(Column column) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Template template : Template.values()) {
            if (column.templates().contains(template)) {
                joiner.add(template.key());
            }
        }
        return joiner.toString();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        md.append('\n');
    }
}
