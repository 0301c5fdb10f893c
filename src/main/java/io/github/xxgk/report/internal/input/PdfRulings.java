package io.github.xxgk.report.internal.input;

import io.github.xxgk.report.ParserOptions;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The vertical rules drawn on a PDF page — the borders between a table's columns — in points from the page's top
 * left corner as PDFBox gives the positions of upright text (a page's {@code /Rotate} aside). A rule is a stroked
 * vertical line or a thin filled rectangle or polygon; curves, images and text are not read. A page whose drawing
 * cannot be read has none, as has a page of more than {@link #MAX_RULES} rules (a chart or a map): what is kept and
 * looked through per line stays small whatever the page draws.
 */
final class PdfRulings {

    static final PdfRulings NONE = new PdfRulings(List.of());

    /** A stroked line leaning less than this sideways is vertical. */
    private static final double STRAIGHT = 0.5;
    /** A filled shape at most this wide is a rule. */
    private static final double MAX_THICKNESS = 2.5;
    /** Shorter marks are not rules (an underscore, a bullet). */
    private static final double MIN_LENGTH = 4;
    /** Rules this close are one border (cells drawing their own edges side by side). */
    private static final double SAME_BORDER = 2;
    /** A rule reaching this close to a line's middle still crosses it. */
    private static final double REACH = 1;
    /** More rules than this on a page is a drawing, not a table: the page is read without rules. */
    static final int MAX_RULES = 4_000;
    /** A path of more points than this is a drawing; its points are not kept. */
    private static final int MAX_PATH_POINTS = 10_000;

    private final List<Rule> rules;

    private PdfRulings(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A vertical rule at {@code x} from {@code top} down to {@code bottom}. */
    record Rule(double x, double top, double bottom) {
    }

    /**
     * The vertical rules of a page.
     *
     * @throws PdfText.LimitReached if drawing the page goes beyond a bound of the options ({@link PdfDrawingBounds})
     */
    static PdfRulings read(PDPage page, ParserOptions options) {
        Collector collector = new Collector(page, new PdfDrawingBounds(options));
        try {
            collector.processPage(page);
        } catch (PdfText.LimitReached e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        return collector.rules.size() > MAX_RULES ? NONE : new PdfRulings(collector.rules);
    }

    /** Whether the page has rules but fewer than two cross the height {@code y}: a line there is outside any table. */
    boolean outsideTables(double y) {
        return !isEmpty() && crossing(y).size() < 2;
    }

    /** Whether the page has no vertical rules to go by. */
    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Where the rules crossing the height {@code y} stand, left to right, rules closer than a border's width merged:
     * the boundaries of the columns a line of text at that height sits in.
     */
    List<Double> crossing(double y) {
        List<Double> xs = rules.stream().filter(r -> r.top() - REACH <= y && y <= r.bottom() + REACH)
                .map(Rule::x).sorted().toList();
        List<Double> merged = new ArrayList<>();
        for (double x : xs) {
            if (merged.isEmpty() || x - merged.get(merged.size() - 1) > SAME_BORDER) {
                merged.add(x);
            }
        }
        return merged;
    }

    /** Collects a page's vertical rules while PDFBox draws it, text left out. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final double left;
        private final double bottom;
        private final double height;
        private final PdfDrawingBounds bounds;
        private final List<Rule> rules = new ArrayList<>();
        private final List<List<Point2D>> path = new ArrayList<>();
        private List<Point2D> subpath;
        private int points;

        Collector(PDPage page, PdfDrawingBounds bounds) {
            super(page);
            this.bounds = bounds;
            PDRectangle box = page.getCropBox();
            left = box.getLowerLeftX();
            bottom = box.getLowerLeftY();
            height = box.getHeight();
        }

        @Override
        public void saveGraphicsState() {
            bounds.saving();
            super.saveGraphicsState();
        }

        @Override
        public void restoreGraphicsState() {
            int before = getGraphicsStackSize();
            super.restoreGraphicsState();
            bounds.restored(before, getGraphicsStackSize());
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            bounds.operator();
            super.processOperator(operator, operands);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            bounds.drawForm(form.getCOSObject(), () -> super.showForm(form));
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            bounds.drawForm(form.getCOSObject(), () -> super.showTransparencyGroup(form));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            subpath = null;
            if (keep(5)) {
                path.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
            }
        }

        @Override
        public void moveTo(float x, float y) {
            subpath = new ArrayList<>();
            if (keep(1)) {
                subpath.add(new Point2D.Float(x, y));
                path.add(subpath);
            }
        }

        @Override
        public void lineTo(float x, float y) {
            if (subpath == null) {
                moveTo(x, y);
            } else if (keep(1)) {
                subpath.add(new Point2D.Float(x, y));
            }
        }

        /** Whether the path being built may take this many more points. */
        private boolean keep(int more) {
            points += more;
            return points <= MAX_PATH_POINTS && rules.size() <= MAX_RULES;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            subpath = null;
            moveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return subpath == null || subpath.isEmpty() ? new Point2D.Float() : subpath.get(subpath.size() - 1);
        }

        @Override
        public void closePath() {
            if (subpath != null && !subpath.isEmpty()) {
                subpath.add(subpath.get(0));
            }
        }

        @Override
        public void endPath() {
            path.clear();
            subpath = null;
            points = 0;
        }

        @Override
        public void strokePath() {
            for (List<Point2D> points : path) {
                for (int i = 1; i < points.size(); i++) {
                    Point2D a = points.get(i - 1);
                    Point2D b = points.get(i);
                    if (Math.abs(a.getX() - b.getX()) <= STRAIGHT) {
                        add((a.getX() + b.getX()) / 2, a.getY(), b.getY());
                    }
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<Point2D> points : path) {
                double minX = points.stream().mapToDouble(Point2D::getX).min().orElse(0);
                double maxX = points.stream().mapToDouble(Point2D::getX).max().orElse(0);
                double minY = points.stream().mapToDouble(Point2D::getY).min().orElse(0);
                double maxY = points.stream().mapToDouble(Point2D::getY).max().orElse(0);
                if (maxX - minX <= MAX_THICKNESS) {
                    add((minX + maxX) / 2, minY, maxY);
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<Point2D>> drawn = new ArrayList<>(path);
            fillPath(windingRule);
            path.addAll(drawn);
            strokePath();
        }

        /** Keeps a vertical rule given in the page's own coordinates (y up from its bottom). */
        private void add(double x, double y1, double y2) {
            if (Math.abs(y1 - y2) >= MIN_LENGTH) {
                double top = height - (Math.max(y1, y2) - bottom);
                rules.add(new Rule(x - left, top, top + Math.abs(y1 - y2)));
            }
        }

        @Override
        public void clip(int windingRule) {
            // a clipping path is drawn by the painting operator that follows it, or dropped by "n"
        }

        @Override
        public void drawImage(PDImage image) {
            // images hold no rules
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading is a colour gradient, not a rule
        }

        @Override
        public void showTextString(byte[] string) {
            // text is read by PdfText; skipping it here spares decoding every glyph twice
        }

        @Override
        public void showTextStrings(COSArray array) {
            // as showTextString
        }
    }
}
