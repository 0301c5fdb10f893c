package io.github.xxgk.report.internal.input;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The vertical rules drawn on a PDF page — the borders between a table's columns — in points from the page's top
 * left corner as PDFBox gives the positions of upright text (a page's {@code /Rotate} aside), found in the same
 * pass over the page as its text ({@link Collector}). A rule is a stroked vertical line or a thin filled rectangle or
 * polygon; curves, images and text are not read. A page whose paths cannot be read has none, as has a page of more
 * than {@link #MAX_RULES} rules (a chart or a map): what is kept and looked through per line stays small whatever the
 * page draws.
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

    /**
     * Collects the vertical rules of one page after another from the paths {@link PdfPathOperators} hand over, their
     * points in the page's own coordinates (y up from its bottom, the current transformation applied).
     */
    static final class Collector {
        private final List<Rule> rules = new ArrayList<>();
        private final List<List<Point2D>> path = new ArrayList<>();
        private List<Point2D> subpath;
        private int points;
        private boolean unreadable;
        private double left;
        private double bottom;
        private double height;

        /** Starts a page with the crop box its text's positions are measured from. */
        void newPage(PDRectangle cropBox) {
            rules.clear();
            endPath();
            unreadable = false;
            left = cropBox.getLowerLeftX();
            bottom = cropBox.getLowerLeftY();
            height = cropBox.getHeight();
        }

        /** After a path the page draws could not be read: the page has no rules. */
        void unreadable() {
            unreadable = true;
        }

        /** The rules of the page drawn since {@link #newPage}. */
        PdfRulings rulings() {
            return unreadable || rules.size() > MAX_RULES ? NONE : new PdfRulings(rules);
        }

        void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            subpath = null;
            if (keep(5)) {
                path.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
            }
        }

        void moveTo(Point2D point) {
            subpath = new ArrayList<>();
            if (keep(1)) {
                subpath.add(point);
                path.add(subpath);
            }
        }

        void lineTo(Point2D point) {
            if (subpath == null) {
                moveTo(point);
            } else if (keep(1)) {
                subpath.add(point);
            }
        }

        /** Whether the path being built may take this many more points. */
        private boolean keep(int more) {
            points += more;
            return points <= MAX_PATH_POINTS && rules.size() <= MAX_RULES;
        }

        /** A curve ending at {@code end}: no rule, but where the path goes on from. */
        void curveTo(Point2D end) {
            subpath = null;
            moveTo(end);
        }

        void closePath() {
            if (subpath != null && !subpath.isEmpty()) {
                subpath.add(subpath.get(0));
            }
        }

        void endPath() {
            path.clear();
            subpath = null;
            points = 0;
        }

        void strokePath() {
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

        void fillPath() {
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

        void fillAndStrokePath() {
            List<List<Point2D>> drawn = new ArrayList<>(path);
            fillPath();
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
    }
}
