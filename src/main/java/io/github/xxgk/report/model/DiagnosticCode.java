package io.github.xxgk.report.model;

/**
 * The stable code of a diagnostic: an arithmetic rule of the spec, or a structural finding about the input.
 *
 * <p>Codes are part of the contract (CSV, JSON, scripts filter on them) and never change once released. Each has a
 * usual severity; a rule that could not be checked because some of its cells are absent is reported under the
 * rule's own code with {@link Severity#INFO}.
 */
public enum DiagnosticCode {
    /** {@code new[c] + carried_over[c] = results_total[c] + carried_forward[c]} for a column c of table 三 is violated. */
    REQUESTS_BALANCE("requests.balance", Severity.ERROR,
            "For an applicant column: new + carried_over differs from results_total + carried_forward."),
    /** A row of table 三 whose 总计 is not the sum of its six applicant columns. */
    REQUESTS_ROW_TOTAL("requests.row_total", Severity.ERROR,
            "For a row of table 三: total differs from the sum of the six applicant columns."),
    /** A column of table 三 whose （七）总计 is not the sum of its outcome rows. */
    REQUESTS_RESULTS_SUM("requests.results_sum", Severity.ERROR,
            "For an applicant column: results_total differs from the sum of the outcome rows."),
    /** A row of table 四 whose 总计 is not upheld + corrected + other + pending. */
    APPEALS_TOTAL("appeals.total", Severity.ERROR,
            "For a row of table 四: total differs from upheld + corrected + other + pending."),
    /** A count below zero or with decimals, or a negative amount. */
    NONNEGATIVE("nonnegative", Severity.ERROR,
            "A count is negative or not whole, or an amount of money is negative."),
    /** Across two reports of one agency: this year's carried_over differs from last year's carried_forward. */
    YEARS_CARRY("years.carry", Severity.WARNING,
            "For an applicant column: carried_over of year Y differs from carried_forward of year Y-1."),
    /** One of the three statistical tables was not found. */
    TABLE_MISSING("table.missing", Severity.WARNING,
            "A statistical table of the template was not found; its cells are absent."),
    /** A row the template has was not found in its table. */
    ROW_MISSING("row.missing", Severity.WARNING,
            "A row of the template was not found in its table; its cells are absent."),
    /** A table row whose label matches no row of the template. */
    ROW_UNRECOGNIZED("row.unrecognized", Severity.WARNING,
            "A table row with numbers whose label matches no row of the template; its numbers are not used."),
    /** A row that appears twice; the first is kept. */
    ROW_DUPLICATE("row.duplicate", Severity.WARNING,
            "A row of the template appears more than once; the first is kept."),
    /** A row with more or fewer values than the template's columns. */
    ROW_CELL_COUNT("row.cell_count", Severity.WARNING,
            "A row has more or fewer values than its columns; its cells are left absent."),
    /** A cell whose text is not a number. */
    CELL_NOT_A_NUMBER("cell.not_a_number", Severity.ERROR,
            "A cell's text is not a number of the kind the cell holds; the cell is absent."),
    /** A cell that states its number in words or with a unit ("增98", "减3", "124件", "无变化"); the number is used. */
    CELL_WORDED("cell.worded", Severity.INFO,
            "A cell states its number with words or a unit; the number it states is used and the text is named."),
    /** A cell whose words do not decide one number ("0/0", a bare "增"); the cell is absent. */
    CELL_AMBIGUOUS_TEXT("cell.ambiguous_text", Severity.WARNING,
            "A cell's words do not decide one number; the cell is absent."),
    /** An amount printed in another unit than its column's ("984361元" under 万元), converted to the column's unit. */
    CELL_UNIT_CONVERTED("cell.unit_converted", Severity.INFO,
            "An amount was printed in another unit than its column's; it is given in the column's unit."),
    /** A table that kept only its numbers, read by the template's order because the count and arithmetic fit. */
    CELL_POSITIONAL("cell.positional", Severity.INFO,
            "The table kept no labels; its values were read in the template's order, which their count and "
                    + "arithmetic confirm."),
    /** A cell value recovered by splitting run-together digits with the template's arithmetic. */
    CELL_RECOVERED_SPLIT("cell.recovered_split", Severity.INFO,
            "The cell boundaries were lost; this value is the only split that satisfies the table's arithmetic."),
    /** Run-together digits that split several consistent ways; the cells stay absent. */
    CELL_AMBIGUOUS_SPLIT("cell.ambiguous_split", Severity.WARNING,
            "The cell boundaries were lost and several splits satisfy the arithmetic; the cells are absent."),
    /** The reporting year could not be found in the title or the preamble. */
    METADATA_YEAR_MISSING("metadata.year_missing", Severity.WARNING,
            "No reporting year was found in the title, the preamble or the opening of the body."),
    /** The publishing agency could not be found. */
    METADATA_AGENCY_MISSING("metadata.agency_missing", Severity.WARNING,
            "No publishing agency (发布机关) was found in the title or the sentences presenting the report."),
    /** The agency's name names no administrative division and no State Council department; it is not placed. */
    AGENCY_UNPLACED("agency.unplaced", Severity.INFO,
            "The agency's name names no administrative division of the code list and no State Council "
                    + "department; its division is absent."),
    /** The agency's name fits several divisions and the report names no region telling them apart. */
    AGENCY_AMBIGUOUS_DIVISION("agency.ambiguous_division", Severity.INFO,
            "The agency's name fits several administrative divisions (朝阳区: Beijing and Changchun) and neither "
                    + "its name, the title nor the opening of the report names a region that tells them apart; "
                    + "its division is absent."),
    /** A numbered section of the template was not found. */
    SECTION_MISSING("section.missing", Severity.WARNING,
            "One of the six numbered sections of the template was not found."),
    /** The tables follow a template other than the one the year implies, or mix signatures of both. */
    TEMPLATE_MIXED("template.mixed", Severity.INFO,
            "The tables follow another template than the reporting year implies; the tables' template is used."),
    /** The template could not be recognised from the tables. */
    TEMPLATE_UNKNOWN("template.unknown", Severity.WARNING,
            "No table of a known template was found."),
    /** A pre-2019 report: its statistics are kept as generic rows, not template cells. */
    TABLE_LEGACY("table.legacy", Severity.INFO,
            "A pre-2019 report: its statistics tables are kept as legacy rows, not mapped to template cells."),
    /** The input has no text to read (a scanned PDF, an image-only report). */
    SOURCE_NO_TEXT("source.no_text", Severity.ERROR,
            "The input has no text layer (a scan or images); nothing could be read."),
    /**
     * The document holds no report: no annual-report title and none of the template's sections or tables (a list
     * page, a news item, a guide), or only a list of report titles. {@link AnnualReport#isReport()} is false.
     */
    SOURCE_NOT_A_REPORT("source.not_a_report", Severity.WARNING,
            "The document holds no annual report: no report title and none of the template's sections or tables."),
    /** A copy in traditional characters, converted to simplified characters before it was read. */
    SOURCE_CONVERTED("source.converted", Severity.INFO,
            "The copy is printed in traditional characters (or with pinyin glosses); it was converted to "
                    + "simplified characters and read as converted."),
    /** The copy stops inside a table: cells before the cut are read, the row it stops in and all after are absent. */
    SOURCE_TRUNCATED("source.truncated", Severity.WARNING,
            "The copy stops inside a table; the row it stops in and everything after it are absent."),
    /** A number the prose of sections 一 or 三 states that the tables' cells cannot give. */
    TEXT_TABLE_MISMATCH("text.table_mismatch", Severity.WARNING,
            "A number stated in the text of sections 一 or 三 contradicts the table cells it speaks of; both are "
                    + "kept as published, and the message names the sentence, the cells and both numbers."),
    /** How many of the numbers the prose states agree with the tables, contradict them or could not be checked. */
    TEXT_CONFIRMED("text.confirmed", Severity.INFO,
            "How many of the numbers stated in the text of sections 一 and 三 the tables confirm, contradict or "
                    + "leave unchecked (their cells absent)."),
    /** A run-together row whose several fitting splits a sentence of the prose narrows to one. */
    CELL_RECOVERED_FROM_TEXT("cell.recovered_from_text", Severity.INFO,
            "The cell boundaries were lost and several splits satisfy the arithmetic; a sentence of the text "
                    + "leaves exactly one of them, which gives this value.");

    private final String code;
    private final Severity severity;
    private final String meaning;

    DiagnosticCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The stable code, e.g. {@code requests.balance}. */
    public String code() {
        return code;
    }

    /** The severity a finding under this code usually has. */
    public Severity severity() {
        return severity;
    }

    /** One sentence saying what the code means. */
    public String meaning() {
        return meaning;
    }

    /** Whether the code is an arithmetic rule of the spec (as opposed to a structural finding). */
    public boolean isRule() {
        return switch (this) {
            case REQUESTS_BALANCE, REQUESTS_ROW_TOTAL, REQUESTS_RESULTS_SUM, APPEALS_TOTAL, NONNEGATIVE,
                    YEARS_CARRY -> true;
            default -> false;
        };
    }

    /** The code with this text. */
    public static DiagnosticCode ofCode(String code) {
        for (DiagnosticCode value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown diagnostic code: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
