package io.github.xxgk.report.internal.input;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The operators that build and paint paths ({@code m l c v y re h}, {@code S s f F f* B B* b b* n}), run in the
 * same pass over a page as its text, so that each content stream is parsed once for both. Each hands its path to a
 * {@link PdfRulings.Collector}: its points transformed by the current transformation matrix, its operands checked
 * and the combined operators ({@code s b b*}) split, as PDFBox's {@code PDFGraphicsStreamEngine} does; clipping,
 * shadings and images are not read. A path that cannot be read leaves its page without rules, its text read all the
 * same.
 */
final class PdfPathOperators {

    private PdfPathOperators() {
    }

    /** Adds the path operators to {@code engine}, handing what they draw to {@code rules}. */
    static void register(PDFStreamEngine engine, PdfRulings.Collector rules) {
        engine.addOperator(new Path(engine, OperatorName.MOVE_TO, 2, false, rules,
                operands -> rules.moveTo(point(engine, operands, 0))));
        engine.addOperator(new Path(engine, OperatorName.LINE_TO, 2, false, rules,
                operands -> rules.lineTo(point(engine, operands, 0))));
        engine.addOperator(new Path(engine, OperatorName.APPEND_RECT, 4, true, rules,
                operands -> rectangle(engine, operands, rules)));
        engine.addOperator(new Path(engine, OperatorName.CURVE_TO, 6, true, rules,
                operands -> rules.curveTo(point(engine, operands, 4))));
        engine.addOperator(new Path(engine, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, 4, true, rules,
                operands -> rules.curveTo(point(engine, operands, 2))));
        engine.addOperator(new Path(engine, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, 4, true, rules,
                operands -> rules.curveTo(point(engine, operands, 2))));
        engine.addOperator(new Path(engine, OperatorName.CLOSE_PATH, 0, false, rules, operands -> rules.closePath()));
        engine.addOperator(new Path(engine, OperatorName.ENDPATH, 0, false, rules, operands -> rules.endPath()));
        engine.addOperator(new Path(engine, OperatorName.STROKE_PATH, 0, false, rules,
                operands -> rules.strokePath()));
        for (String fill : List.of(OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO,
                OperatorName.FILL_EVEN_ODD)) {
            engine.addOperator(new Path(engine, fill, 0, false, rules, operands -> rules.fillPath()));
        }
        for (String fillAndStroke : List.of(OperatorName.FILL_NON_ZERO_AND_STROKE,
                OperatorName.FILL_EVEN_ODD_AND_STROKE)) {
            engine.addOperator(new Path(engine, fillAndStroke, 0, false, rules, operands -> rules.fillAndStrokePath()));
        }
        engine.addOperator(new ClosedThen(engine, OperatorName.CLOSE_AND_STROKE, OperatorName.STROKE_PATH));
        engine.addOperator(new ClosedThen(engine, OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
                OperatorName.FILL_NON_ZERO_AND_STROKE));
        engine.addOperator(new ClosedThen(engine, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE,
                OperatorName.FILL_EVEN_ODD_AND_STROKE));
    }

    /** The point of operands {@code from} and {@code from + 1}, in the page's coordinates. */
    private static Point2D point(PDFStreamEngine engine, List<COSBase> operands, int from) {
        return engine.transformedPoint(number(operands, from), number(operands, from + 1));
    }

    /** {@code x y width height re}: the rectangle's corners as PDFBox computes them, in float arithmetic. */
    private static void rectangle(PDFStreamEngine engine, List<COSBase> operands, PdfRulings.Collector rules) {
        float x1 = number(operands, 0);
        float y1 = number(operands, 1);
        float x2 = number(operands, 2) + x1;
        float y2 = number(operands, 3) + y1;
        rules.appendRectangle(engine.transformedPoint(x1, y1), engine.transformedPoint(x2, y1),
                engine.transformedPoint(x2, y2), engine.transformedPoint(x1, y2));
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }

    /** What a path operator does with its operands, known to be numbers. */
    @FunctionalInterface
    private interface Drawing {
        void draw(List<COSBase> operands);
    }

    /** A path operator taking {@code count} numbers. */
    private static final class Path extends OperatorProcessor {
        private final String name;
        private final int count;
        /** Whether every operand must be a number (PDFBox's {@code re} and curves), or the first {@code count}. */
        private final boolean allNumbers;
        private final PdfRulings.Collector rules;
        private final Drawing drawing;

        Path(PDFStreamEngine engine, String name, int count, boolean allNumbers, PdfRulings.Collector rules,
                Drawing drawing) {
            super(engine);
            this.name = name;
            this.count = count;
            this.allNumbers = allNumbers;
            this.rules = rules;
            this.drawing = drawing;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.size() < count) {
                throw new MissingOperandException(operator, operands);
            }
            if (!checkArrayTypesClass(allNumbers ? operands : operands.subList(0, count), COSNumber.class)) {
                return;
            }
            try {
                drawing.draw(operands);
            } catch (RuntimeException e) {
                rules.unreadable();
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** A combined operator: closes the path ({@code h}), then runs another operator. */
    private static final class ClosedThen extends OperatorProcessor {
        private final String name;
        private final String then;

        ClosedThen(PDFStreamEngine engine, String name, String then) {
            super(engine);
            this.name = name;
            this.then = then;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            getContext().processOperator(OperatorName.CLOSE_PATH, operands);
            getContext().processOperator(then, operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
