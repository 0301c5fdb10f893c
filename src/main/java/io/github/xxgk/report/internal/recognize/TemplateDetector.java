package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.Template;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the template from the tables' signatures, not from the year: column headers and rows that only one
 * template prints.
 */
final class TemplateDetector {

    /** How many signatures of each template the document shows. */
    record Votes(int t2019, int t2021, int pre2019) {

        Optional<Template> winner() {
            if (pre2019 > t2019 && pre2019 > t2021) {
                return Optional.of(Template.PRE2019);
            }
            if (t2019 == 0 && t2021 == 0) {
                return Optional.empty();
            }
            return Optional.of(t2019 > t2021 ? Template.T2019 : Template.T2021);
        }

        boolean mixed() {
            return t2019 > 0 && t2021 > 0;
        }
    }

    private static final List<String> SIGNATURES_2019 = normalized(List.of("本年新制作数量", "本年新公开数量",
            "对外公开总数量", "上一年项目数量", "第二十条第（九）项", "政府集中采购", "采购项目数量", "其他对外管理服务事项"));
    private static final List<String> SIGNATURES_2021 = normalized(List.of("本年制发件数", "本年废止件数",
            "现行有效件数", "本年收费金额", "本年处理决定数量", "逾期不补正", "逾期未按收费通知要求缴纳费用"));
    /**
     * The header of the statistics table of the 2008 regulation era. It outweighs a stray template word in the
     * prose of such a report (“政府集中采购项目类信息55条”).
     */
    private static final List<String> SIGNATURES_PRE2019 = normalized(List.of("指标名称", "计量单位", "历年累计"));

    private TemplateDetector() {
    }

    static Votes vote(List<Block> blocks, ClassifiedRows rows) {
        int t2019 = 0;
        int t2021 = 0;
        int pre2019 = 0;
        for (Block block : blocks) {
            if (block instanceof Table table) {
                for (Row tableRow : table.rows()) {
                    ClassifiedRow row = rows.of(tableRow);
                    String text = rowText(tableRow);
                    t2019 += count(text, SIGNATURES_2019);
                    t2021 += count(text, SIGNATURES_2021);
                    pre2019 += count(text, SIGNATURES_PRE2019);
                    Optional<RequestRow> other = otherHandlingShape(row);
                    if (other.isPresent()) {
                        if (other.get() == RequestRow.OTHER_HANDLING) {
                            t2019++;
                        } else {
                            t2021++;
                        }
                    }
                }
            } else if (block instanceof Paragraph paragraph) {
                String text = Text.normalizeLabel(paragraph.text());
                t2019 += count(text, SIGNATURES_2019);
                t2021 += count(text, SIGNATURES_2021);
                pre2019 += count(text, SIGNATURES_PRE2019);
            }
        }
        return new Votes(t2019, t2021, pre2019);
    }

    /** For a row with numbers under （六）: whether it is the 2019 single row or a 2021 sub-row. */
    private static Optional<RequestRow> otherHandlingShape(ClassifiedRow row) {
        boolean numbers = false;
        String last = "";
        List<Cell> cells = row.row().cells();
        for (int i = 0; i < cells.size(); i++) {
            CellText.Kind kind = row.kind(i);
            numbers |= kind == CellText.Kind.NUMBER;
            if (kind == CellText.Kind.TEXT) {
                last = cells.get(i).text();
            }
        }
        if (!numbers) {
            return Optional.empty();
        }
        return LabelMatcher.match(last, Optional.empty())
                .map(LabelMatcher.Match::row)
                .filter(RequestRow.class::isInstance)
                .map(RequestRow.class::cast)
                .filter(r -> r == RequestRow.OTHER_HANDLING || r.group() == RequestRow.Group.OTHER);
    }

    private static String rowText(Row row) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : row.originCells()) {
            text.append(cell.text());
        }
        return Text.normalizeLabel(text.toString());
    }

    private static int count(String text, List<String> signatures) {
        int n = 0;
        for (String signature : signatures) {
            if (text.contains(signature)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> normalized(List<String> labels) {
        return labels.stream().map(Text::normalizeLabel).toList();
    }

    /** The template a reporting year implies: 2019 for 2019 and 2020, 2021 from 2021, pre-2019 before. */
    static Template impliedByYear(int year) {
        if (year >= 2021) {
            return Template.T2021;
        }
        return year >= 2019 ? Template.T2019 : Template.PRE2019;
    }
}
