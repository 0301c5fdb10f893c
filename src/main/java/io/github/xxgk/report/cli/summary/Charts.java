package io.github.xxgk.report.cli.summary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The page's charts: each a box on the page, its caption made by jsoup, and a description of what to draw —
 * the kind of chart, its categories and its series — that the page's script hands to ECharts. The descriptions are
 * written as one JSON document ({@link #json()}), with {@code <}, {@code >} and {@code &} escaped so that no text
 * in it can end the {@code <script>} element it is embedded in.
 */
final class Charts {

    /** What a chart draws. */
    enum Kind {
        /** Bars over categories: one series, or several stacked. */
        BAR,
        /** Slices of a whole. */
        PIE,
        /** Years: a count of reports as bars on the right axis, and lines on the left. */
        YEARLY,
        /** A grid of rows and columns, each cell a percentage. */
        HEATMAP;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One series of a chart.
     *
     * @param name its legend, in both languages
     * @param line whether it is drawn as a line (else as bars)
     * @param rightAxis whether it is measured on the right axis
     * @param shown whether it is shown at first (the legend turns it on and off)
     * @param values one value per category; {@code NaN} for none
     */
    record Series(String name, boolean line, boolean rightAxis, boolean shown, double[] values) {

        static Series bars(String name, double[] values) {
            return new Series(name, false, false, true, values);
        }
    }

    /** A chart being described. */
    static final class Chart {

        private final String id;
        private final Kind kind;
        private final List<String> categories = new ArrayList<>();
        private final List<String> rows = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private final List<double[]> cells = new ArrayList<>();
        private boolean horizontal;

        private Chart(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        /** The categories along the axis (the columns of a heat map, the slices of a pie). */
        Chart categories(List<String> names) {
            categories.addAll(names);
            return this;
        }

        /** Bars drawn sideways, for long category names. */
        Chart horizontal() {
            horizontal = true;
            return this;
        }

        Chart series(Series one) {
            series.add(one);
            return this;
        }

        /** A row of a heat map: its name and one percentage per category, {@code NaN} where the cell does not exist. */
        Chart row(String name, double[] percentages) {
            rows.add(name);
            cells.add(percentages);
            return this;
        }

        private void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("kind", kind.key());
            json.writeBooleanField("horizontal", horizontal);
            strings(json, "categories", categories);
            strings(json, "rows", rows);
            json.writeArrayFieldStart("series");
            for (Series one : series) {
                json.writeStartObject();
                json.writeStringField("name", one.name());
                json.writeBooleanField("line", one.line());
                json.writeBooleanField("rightAxis", one.rightAxis());
                json.writeBooleanField("shown", one.shown());
                numbers(json, "values", one.values());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cells");
            for (double[] row : cells) {
                json.writeStartArray();
                for (double value : row) {
                    number(json, value);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final List<Chart> charts = new ArrayList<>();

    /** Adds a chart box to the page, under a caption in both languages, and returns its description to fill. */
    Chart add(Element parent, String id, Kind kind, String zh, String en) {
        Element box = parent.appendElement("figure").addClass("chart-box");
        Html.bilingual(box.appendElement("figcaption"), zh, en);
        box.appendElement("div").addClass("chart").addClass(kind.key()).id(id);
        Chart chart = new Chart(id, kind);
        charts.add(chart);
        return chart;
    }

    /** How many charts the page has. */
    int size() {
        return charts.size();
    }

    /** Every chart's description, as JSON safe to embed in a {@code <script>} element. */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(new ScriptSafe());
            json.writeStartObject();
            json.writeArrayFieldStart("charts");
            for (Chart chart : charts) {
                chart.write(json);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void numbers(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double value : values) {
            number(json, value);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(Math.round(value * 10_000) / 10_000.0);
        }
    }

    /** JSON's escapes, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code uXXXX}. */
    private static final class ScriptSafe extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        ScriptSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' || ch == '\u2029'
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}
