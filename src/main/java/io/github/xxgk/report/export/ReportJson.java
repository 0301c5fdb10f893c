package io.github.xxgk.report.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.CellKey;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Section;
import io.github.xxgk.report.series.Indicator;
import io.github.xxgk.report.series.Rate;
import io.github.xxgk.report.series.Series;
import io.github.xxgk.report.series.SeriesValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON form of a report, with a stable, documented shape (the README's "JSON" section):
 *
 * <pre>{@code
 * {
 *   "metadata": {"agency": "…", "year": 2021, "title": "…", "template": "2021",
 *                "source": {"name": "report.txt", "format": "text"}},
 *   "preamble": ["…"],
 *   "sections": [{"number": "一", "key": "overview", "title": "总体情况",
 *                 "paragraphs": ["…"], "subsections": [ … same shape, without "key" … ]}],
 *   "cells": {"proactive.regulations.issued": 0, …},        // present cells only, in wide-CSV order
 *   "legacy": [{"indicator": "…", "unit": "条", "column": "2018年度", "value": 2069, "line": 12}],
 *   "series": {"requests_new": {"value": 130, "source": "requests.new.total"}, …},  // Series: present ones only
 *   "rates": {"disclosure": 0.4538, …},                     // present rates only
 *   "diagnostics": [{"severity": "warning", "code": "row.missing", "table": "requests", "row": "new",
 *                    "column": null, "line": 40, "message": "…"}]
 * }
 * }</pre>
 *
 * <p>Absent values are {@code null} (metadata) or missing keys (cells); numbers are JSON numbers exactly as
 * published (amounts keep their decimals). Keys never change once released; new keys may be added.
 *
 * <p>The JSON is written with Jackson's streaming generator, an implementation detail: no Jackson type appears in
 * this API, so the library may change how it writes JSON without breaking callers.
 */
public final class ReportJson {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ReportJson() {
    }

    /** The report as indented JSON text. */
    public static String toJson(AnnualReport report) {
        return text(report, true);
    }

    /** The report as JSON on one line, as the CLI's JSON Lines output writes it. */
    public static String toJsonLine(AnnualReport report) {
        return text(report, false);
    }

    /** Writes the report as indented JSON; the writer is not closed. */
    public static void write(AnnualReport report, Writer out) throws IOException {
        write(report, out, true);
    }

    /** A generator onto the writer, which closing the generator leaves open. */
    static JsonGenerator generator(Writer out, boolean indent) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        return indent ? json.setPrettyPrinter(new DefaultPrettyPrinter()) : json;
    }

    private static String text(AnnualReport report, boolean indent) {
        StringWriter out = new StringWriter();
        try {
            write(report, out, indent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(AnnualReport report, Writer out, boolean indent) throws IOException {
        try (JsonGenerator json = generator(out, indent)) {
            json.writeStartObject();
            members(json, report);
            json.writeEndObject();
        }
    }

    /** The report's members, in order, inside an object the caller has started. */
    static void members(JsonGenerator json, AnnualReport report) throws IOException {
        metadata(json, report.metadata());
        strings(json, "preamble", report.preamble());
        json.writeArrayFieldStart("sections");
        for (Section section : report.sections()) {
            section(json, section, true);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("cells");
        for (Map.Entry<CellKey, BigDecimal> cell : report.values().entrySet()) {
            json.writeNumberField(cell.getKey().key(), cell.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("legacy");
        for (LegacyRow row : report.legacyRows()) {
            legacy(json, row);
        }
        json.writeEndArray();
        series(json, Series.of(report));
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic diagnostic : report.diagnostics()) {
            diagnostic(json, diagnostic);
        }
        json.writeEndArray();
    }

    private static void series(JsonGenerator json, Series series) throws IOException {
        json.writeObjectFieldStart("series");
        for (Indicator indicator : Indicator.values()) {
            Optional<SeriesValue> value = series.get(indicator);
            if (value.isPresent()) {
                json.writeObjectFieldStart(indicator.key());
                json.writeNumberField("value", value.get().value());
                json.writeStringField("source", value.get().source());
                json.writeEndObject();
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("rates");
        for (Rate rate : Rate.values()) {
            Optional<BigDecimal> value = series.rate(rate);
            if (value.isPresent()) {
                json.writeNumberField(rate.key(), value.get());
            }
        }
        json.writeEndObject();
    }

    private static void metadata(JsonGenerator json, ReportMetadata metadata) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("agency", metadata.agency().orElse(null));
        if (metadata.year().isPresent()) {
            json.writeNumberField("year", metadata.year().getAsInt());
        } else {
            json.writeNullField("year");
        }
        json.writeStringField("title", metadata.title().orElse(null));
        json.writeStringField("template", metadata.template().key());
        json.writeObjectFieldStart("source");
        json.writeStringField("name", metadata.sourceName());
        json.writeStringField("format", metadata.sourceFormat().key());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void section(JsonGenerator json, Section section, boolean topLevel) throws IOException {
        json.writeStartObject();
        json.writeStringField("number", section.number());
        if (topLevel) {
            json.writeStringField("key", section.key().map(key -> key.key()).orElse(null));
        }
        json.writeStringField("title", section.title());
        strings(json, "paragraphs", section.paragraphs());
        json.writeArrayFieldStart("subsections");
        for (Section sub : section.subsections()) {
            section(json, sub, false);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void legacy(JsonGenerator json, LegacyRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("indicator", row.indicator());
        json.writeStringField("unit", row.unit().orElse(null));
        json.writeStringField("column", row.column());
        json.writeNumberField("value", row.value());
        line(json, row.line());
        json.writeEndObject();
    }

    private static void diagnostic(JsonGenerator json, Diagnostic diagnostic) throws IOException {
        Location location = diagnostic.location();
        json.writeStartObject();
        json.writeStringField("severity", diagnostic.severity().key());
        json.writeStringField("code", diagnostic.code().code());
        json.writeStringField("table", location.table().orElse(null));
        json.writeStringField("row", location.row().orElse(null));
        json.writeStringField("column", location.column().orElse(null));
        line(json, location.line());
        json.writeStringField("message", diagnostic.message());
        json.writeEndObject();
    }

    /** A {@code line} member: the number, or null where the line is unknown. */
    private static void line(JsonGenerator json, OptionalInt line) throws IOException {
        if (line.isPresent()) {
            json.writeNumberField("line", line.getAsInt());
        } else {
            json.writeNullField("line");
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> texts) throws IOException {
        json.writeArrayFieldStart(name);
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }
}
