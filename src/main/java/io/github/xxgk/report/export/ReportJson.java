package io.github.xxgk.report.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.Diagnostic;
import io.github.xxgk.report.model.LegacyRow;
import io.github.xxgk.report.model.Location;
import io.github.xxgk.report.model.ReportMetadata;
import io.github.xxgk.report.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

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
 *   "diagnostics": [{"severity": "warning", "code": "row.missing", "table": "requests", "row": "new",
 *                    "column": null, "line": 40, "message": "…"}]
 * }
 * }</pre>
 *
 * <p>Absent values are {@code null} (metadata) or missing keys (cells); numbers are JSON numbers exactly as
 * published (amounts keep their decimals). Keys never change once released; new keys may be added.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toTree(AnnualReport report) {
        ObjectNode root = NODES.objectNode();
        root.set("metadata", metadata(report.metadata()));
        root.set("preamble", strings(report.preamble()));
        ArrayNode sections = root.putArray("sections");
        report.sections().forEach(section -> sections.add(section(section, true)));
        ObjectNode cells = root.putObject("cells");
        report.values().forEach((key, value) -> cells.put(key.key(), value));
        ArrayNode legacy = root.putArray("legacy");
        report.legacyRows().forEach(row -> legacy.add(legacy(row)));
        ArrayNode diagnostics = root.putArray("diagnostics");
        report.diagnostics().forEach(diagnostic -> diagnostics.add(diagnostic(diagnostic)));
        return root;
    }

    /** The report as indented JSON text. */
    public static String toJson(AnnualReport report) {
        return write(toTree(report), true);
    }

    /** The report as JSON on one line, as the CLI's JSON Lines output writes it. */
    public static String toJsonLine(AnnualReport report) {
        return write(toTree(report), false);
    }

    /** Writes the report as indented JSON; the writer is not closed. */
    public static void write(AnnualReport report, Writer out) throws IOException {
        MAPPER.writer(new DefaultPrettyPrinter()).writeValue(out, toTree(report));
    }

    /** A JSON tree on one line, for {@link JsonLines}. */
    static String oneLine(JsonNode node) {
        return write(node, false);
    }

    private static String write(JsonNode node, boolean indent) {
        try {
            return indent ? MAPPER.writeValueAsString(node)
                    : MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode metadata(ReportMetadata metadata) {
        ObjectNode node = NODES.objectNode();
        node.put("agency", metadata.agency().orElse(null));
        if (metadata.year().isPresent()) {
            node.put("year", metadata.year().getAsInt());
        } else {
            node.putNull("year");
        }
        node.put("title", metadata.title().orElse(null));
        node.put("template", metadata.template().key());
        ObjectNode source = node.putObject("source");
        source.put("name", metadata.sourceName());
        source.put("format", metadata.sourceFormat().key());
        return node;
    }

    private static ObjectNode section(Section section, boolean topLevel) {
        ObjectNode node = NODES.objectNode();
        node.put("number", section.number());
        if (topLevel) {
            node.put("key", section.key().map(key -> key.key()).orElse(null));
        }
        node.put("title", section.title());
        node.set("paragraphs", strings(section.paragraphs()));
        ArrayNode subsections = node.putArray("subsections");
        section.subsections().forEach(sub -> subsections.add(section(sub, false)));
        return node;
    }

    private static ObjectNode legacy(LegacyRow row) {
        ObjectNode node = NODES.objectNode();
        node.put("indicator", row.indicator());
        node.put("unit", row.unit().orElse(null));
        node.put("column", row.column());
        node.put("value", row.value());
        node.put("line", row.line());
        return node;
    }

    private static ObjectNode diagnostic(Diagnostic diagnostic) {
        ObjectNode node = NODES.objectNode();
        Location location = diagnostic.location();
        node.put("severity", diagnostic.severity().key());
        node.put("code", diagnostic.code().code());
        node.put("table", location.table().orElse(null));
        node.put("row", location.row().orElse(null));
        node.put("column", location.column().orElse(null));
        if (location.line().isPresent()) {
            node.put("line", location.line().getAsInt());
        } else {
            node.putNull("line");
        }
        node.put("message", diagnostic.message());
        return node;
    }

    private static ArrayNode strings(List<String> texts) {
        ArrayNode array = NODES.arrayNode();
        texts.forEach(array::add);
        return array;
    }
}
