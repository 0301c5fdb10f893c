package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Block;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.SectionKey;
import io.github.xxgk.report.model.Template;
import io.github.xxgk.report.model.TextStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Sentences written from a table's own values, in the phrasings reports use (共/合计, 其中/包括, 件/条/份/起, Chinese
 * numerals, a 同比 sentence with last year's number), are all found and all agree; one number changed gives exactly
 * one mismatch.
 */
class ProseStatementsPropertiesTest {

    private static final String[] UNITS = {"件", "条", "份"};

    @Property(tries = 200)
    void statementsFromTheTablesOwnValuesAgree(@ForAll @IntRange(min = 0, max = 300) int granted,
            @ForAll @IntRange(min = 0, max = 99) int partial, @ForAll @IntRange(min = 0, max = 20) int carried,
            @ForAll @IntRange(min = 0, max = 20) int forward, @ForAll @IntRange(min = 0, max = 9) int appeals,
            @ForAll @IntRange(min = 0, max = 7) int style, @ForAll @IntRange(min = -1, max = 6) int changed) {
        int results = granted + partial;
        int received = results + forward - carried;
        if (received < 0) {
            return;
        }
        Map<CellKey, BigDecimal> values = new HashMap<>();
        put(values, RequestRow.NEW, received);
        put(values, RequestRow.CARRIED_OVER, carried);
        put(values, RequestRow.GRANTED, granted);
        put(values, RequestRow.PARTIALLY_GRANTED, partial);
        put(values, RequestRow.RESULTS_TOTAL, results);
        put(values, RequestRow.CARRIED_FORWARD, forward);
        values.put(CellKey.of(AppealRow.RECONSIDERATION, AppealOutcome.TOTAL), BigDecimal.valueOf(appeals));
        values.put(CellKey.of(AppealRow.LITIGATION_DIRECT, AppealOutcome.TOTAL), BigDecimal.valueOf(appeals + 1));
        values.put(CellKey.of(AppealRow.LITIGATION_AFTER_RECONSIDERATION, AppealOutcome.TOTAL), BigDecimal.ZERO);

        int[] stated = {received, granted, partial, carried, results, forward, appeals};
        if (changed >= 0) {
            stated[changed] += 1;
        }
        String unit = UNITS[style % UNITS.length];
        boolean chinese = style >= 4;
        String text = "本年度" + ((style & 1) == 0 ? "共" : "合计") + "本年新收政府信息公开申请"
                + number(stated[0], chinese) + unit + "，" + ((style & 2) == 0 ? "其中" : "包括") + "予以公开"
                + number(stated[1], chinese) + unit + "，部分公开" + number(stated[2], chinese) + unit + "。上年结转"
                + "政府信息公开申请" + number(stated[3], chinese) + unit + "，办结" + number(stated[4], chinese) + unit
                + "，" + number(stated[5], chinese) + unit + "结转下年度继续办理。申请数量同比增加"
                + (received + 7) + "件。发生行政复议" + number(stated[6], chinese) + "起、行政诉讼"
                + number(appeals + 1, chinese) + "起。";
        List<Block> blocks = List.of(new Paragraph("一、总体情况", 1), new Paragraph(text, 2));
        SectionKey[] sections = {SectionKey.OVERVIEW, SectionKey.OVERVIEW};

        List<ProseFigure> figures = ProseStatements.find(blocks, sections, Template.T2021, OptionalInt.of(2021));
        List<TextStatement> statements = ProseCheck.check(figures, values, Set.of()).statements();

        assertThat(statements).hasSize(8);
        assertThat(statements).extracting(TextStatement::line).containsOnly(OptionalInt.of(2));
        List<TextStatement> contradicted = new ArrayList<>(statements.stream()
                .filter(s -> s.agreement() == TextStatement.Agreement.CONTRADICTS).toList());
        assertThat(contradicted).hasSize(changed < 0 ? 0 : 1);
        assertThat(statements).hasSize(contradicted.size() + (int) statements.stream()
                .filter(s -> s.agreement() == TextStatement.Agreement.AGREES).count());
    }

    private static void put(Map<CellKey, BigDecimal> values, RequestRow row, int value) {
        values.put(CellKey.of(row, Applicant.TOTAL), BigDecimal.valueOf(value));
    }

    /** The number in digits, or below 100 in Chinese numerals (十二, 两 for 2 when counted alone). */
    private static String number(int value, boolean chinese) {
        if (!chinese || value >= 100) {
            return Integer.toString(value);
        }
        String digits = "零一两三四五六七八九";
        if (value < 10) {
            return String.valueOf(digits.charAt(value));
        }
        String ones = value % 10 == 0 ? "" : String.valueOf("零一二三四五六七八九".charAt(value % 10));
        return (value < 20 ? "" : String.valueOf("零一二三四五六七八九".charAt(value / 10))) + "十" + ones;
    }
}
