package io.github.xxgk.report.internal.recognize;

import io.github.xxgk.report.model.AppealOutcome;
import io.github.xxgk.report.model.AppealRow;
import io.github.xxgk.report.model.Applicant;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.ProactiveColumn;
import io.github.xxgk.report.model.ProactiveRow;
import io.github.xxgk.report.model.RequestRow;
import io.github.xxgk.report.model.TableKind;
import io.github.xxgk.report.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a phrase of prose speaks of, as sums of cells of a template: “收到申请” is the new requests or the new and
 * the carried-over ones, “予以公开及部分公开” two rows, “不予公开” the eight rows of its group. A topic of table 三
 * speaks of the 总计 column; {@link #forApplicants(List)} narrows it to the applicant columns a phrase names
 * (“自然人72件”).
 *
 * @param readings the sums of cells, most likely first; never empty
 */
record ProseTopic(List<List<CellKey>> readings) {

    /** Copies the readings. */
    ProseTopic {
        readings = readings.stream().map(List::copyOf).toList();
    }

    /** Whether the topic speaks of table 三, whose columns a phrase may narrow to applicants. */
    boolean requests() {
        return readings.get(0).get(0).table() == TableKind.REQUESTS;
    }

    /** The topic in these applicant columns instead of 总计. */
    ProseTopic forApplicants(List<Applicant> applicants) {
        List<List<CellKey>> narrowed = new ArrayList<>();
        for (List<CellKey> reading : readings) {
            List<CellKey> cells = new ArrayList<>();
            for (CellKey cell : reading) {
                for (Applicant applicant : applicants) {
                    cells.add(CellKey.of((RequestRow) cell.row(), applicant));
                }
            }
            narrowed.add(cells);
        }
        return new ProseTopic(narrowed);
    }

    /** The topic that is the sum of two, every reading of one with every reading of the other. */
    ProseTopic plus(ProseTopic other) {
        List<List<CellKey>> sums = new ArrayList<>();
        for (List<CellKey> mine : readings) {
            for (List<CellKey> theirs : other.readings) {
                List<CellKey> sum = new ArrayList<>(mine);
                sum.addAll(theirs);
                sums.add(sum);
            }
        }
        return new ProseTopic(sums);
    }

    /** The topics of tables 三 and 四 the prose names, built for one template. */
    enum Kind {
        /** 本年新收. */
        NEW,
        /** 上年结转. */
        CARRIED_OVER,
        /** 收到, 受理: the new requests, or the new and the carried-over ones. */
        RECEIVED,
        /** 办理: the requests handled, or the new and the carried-over ones. */
        HANDLED,
        /** 办结, 答复: （七）总计. */
        RESULTS_TOTAL,
        /** 予以公开. */
        GRANTED,
        /** 部分公开. */
        PARTIALLY_GRANTED,
        /** 予以公开及部分公开. */
        GRANTED_AND_PARTIALLY,
        /** 不予公开: its eight rows. */
        DENIED,
        /** 无法提供: its three rows. */
        UNAVAILABLE,
        /** 不掌握等原因无法提供: its three rows, or the one row of 本机关不掌握. */
        UNAVAILABLE_NOT_HELD,
        /** 不予处理: its five rows. */
        REJECTED,
        /** 其他处理: its three rows, or the one row. */
        OTHER_HANDLING,
        /** 结转下年度. */
        CARRIED_FORWARD,
        /** 行政复议. */
        RECONSIDERATION,
        /** 行政诉讼: both kinds, or the direct one where the table gives no other. */
        LITIGATION,
        /** 未经复议直接起诉. */
        LITIGATION_DIRECT,
        /** 复议后起诉. */
        LITIGATION_AFTER_RECONSIDERATION;

        /** This topic in a template's cells. */
        ProseTopic in(Template template) {
            return new ProseTopic(switch (this) {
                case NEW -> List.of(List.of(total(RequestRow.NEW)));
                case CARRIED_OVER -> List.of(List.of(total(RequestRow.CARRIED_OVER)));
                case RECEIVED -> List.of(List.of(total(RequestRow.NEW)),
                        List.of(total(RequestRow.NEW), total(RequestRow.CARRIED_OVER)));
                case HANDLED -> List.of(List.of(total(RequestRow.RESULTS_TOTAL)),
                        List.of(total(RequestRow.NEW), total(RequestRow.CARRIED_OVER)));
                case RESULTS_TOTAL -> List.of(List.of(total(RequestRow.RESULTS_TOTAL)));
                case GRANTED -> List.of(List.of(total(RequestRow.GRANTED)));
                case PARTIALLY_GRANTED -> List.of(List.of(total(RequestRow.PARTIALLY_GRANTED)));
                case GRANTED_AND_PARTIALLY -> List.of(List.of(total(RequestRow.GRANTED),
                        total(RequestRow.PARTIALLY_GRANTED)));
                case DENIED -> List.of(group(RequestRow.Group.DENIED, template));
                case UNAVAILABLE -> List.of(group(RequestRow.Group.UNAVAILABLE, template));
                case UNAVAILABLE_NOT_HELD -> List.of(group(RequestRow.Group.UNAVAILABLE, template),
                        List.of(total(RequestRow.UNAVAILABLE_NOT_HELD)));
                case REJECTED -> List.of(group(RequestRow.Group.REJECTED, template));
                case OTHER_HANDLING -> template == Template.T2019
                        ? List.of(List.of(total(RequestRow.OTHER_HANDLING)))
                        : List.of(group(RequestRow.Group.OTHER, template), List.of(total(RequestRow.OTHER_HANDLING)));
                case CARRIED_FORWARD -> List.of(List.of(total(RequestRow.CARRIED_FORWARD)));
                case RECONSIDERATION -> List.of(List.of(appeals(AppealRow.RECONSIDERATION)));
                case LITIGATION -> List.of(List.of(appeals(AppealRow.LITIGATION_DIRECT),
                        appeals(AppealRow.LITIGATION_AFTER_RECONSIDERATION)),
                        List.of(appeals(AppealRow.LITIGATION_DIRECT)));
                case LITIGATION_DIRECT -> List.of(List.of(appeals(AppealRow.LITIGATION_DIRECT)));
                case LITIGATION_AFTER_RECONSIDERATION ->
                        List.of(List.of(appeals(AppealRow.LITIGATION_AFTER_RECONSIDERATION)));
            });
        }

        /** Whether the prose may state this topic as nothing happened (“未收到申请”, “未发生行政复议”). */
        boolean zeroable() {
            return this == RECEIVED || this == RECONSIDERATION || this == LITIGATION;
        }

        private static CellKey total(RequestRow row) {
            return CellKey.of(row, Applicant.TOTAL);
        }

        private static List<CellKey> group(RequestRow.Group group, Template template) {
            List<CellKey> cells = new ArrayList<>();
            for (RequestRow row : RequestRow.values()) {
                if (row.group() == group && row.existsIn(template)) {
                    cells.add(total(row));
                }
            }
            return cells;
        }

        private static CellKey appeals(AppealRow row) {
            return CellKey.of(row, AppealOutcome.TOTAL);
        }
    }

    /** A cell of table 二 as a topic, if the template has it. */
    static Optional<ProseTopic> proactive(ProactiveRow row, ProactiveColumn column, Template template) {
        return CellKey.find(TableKind.PROACTIVE.key() + "." + row.key() + "." + column.key())
                .filter(cell -> cell.existsIn(template))
                .map(cell -> new ProseTopic(List.of(List.of(cell))));
    }
}
