package io.github.xxgk.report.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.github.xxgk.report.export.Codebook;
import io.github.xxgk.report.export.Column;
import io.github.xxgk.report.model.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codebook as data: CSV (one row per column of each output) and JSON (the outputs' columns and the diagnostic
 * codes), for scripts that read the outputs, such as the Python package's dtypes.
 */
final class CodebookData {

    /** The CSV codebook's columns. */
    static final List<String> CSV_COLUMNS = List.of("output", "name", "chinese_name", "stata_name", "type",
            "templates", "meaning");

    private static final Map<String, List<Column>> OUTPUTS = outputs();

    private CodebookData() {
    }

    /** The codebook as CSV, rows ending with {@code \n}. */
    static String csv() {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            csv.writeNext(CSV_COLUMNS.toArray(String[]::new), false);
            for (Map.Entry<String, List<Column>> output : OUTPUTS.entrySet()) {
                for (Column column : output.getValue()) {
                    csv.writeNext(new String[] {output.getKey(), column.name(), column.chineseName(),
                        column.stataName(), column.type().key(), String.join(" ", templates(column)),
                        column.meaning()}, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The codebook as JSON: {@code {"wide": [COLUMN…], "long": […], "diagnostics": […], "codes": [{"code",
     * "severity", "meaning"}…]}}, each COLUMN {@code {"name", "chinese_name", "stata_name", "type", "templates",
     * "meaning"}}.
     */
    static String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            for (Map.Entry<String, List<Column>> output : OUTPUTS.entrySet()) {
                json.writeArrayFieldStart(output.getKey());
                for (Column column : output.getValue()) {
                    column(json, column);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("codes");
            for (DiagnosticCodes.Code code : DiagnosticCodes.all()) {
                json.writeStartObject();
                json.writeStringField("code", code.code());
                json.writeStringField("severity", code.severity());
                json.writeStringField("meaning", code.meaning());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void column(JsonGenerator json, Column column) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", column.name());
        json.writeStringField("chinese_name", column.chineseName());
        json.writeStringField("stata_name", column.stataName());
        json.writeStringField("type", column.type().key());
        json.writeArrayFieldStart("templates");
        for (String template : templates(column)) {
            json.writeString(template);
        }
        json.writeEndArray();
        json.writeStringField("meaning", column.meaning());
        json.writeEndObject();
    }

    private static List<String> templates(Column column) {
        return Arrays.stream(Template.values()).filter(column.templates()::contains).map(Template::key).toList();
    }

    private static Map<String, List<Column>> outputs() {
        Map<String, List<Column>> outputs = new LinkedHashMap<>();
        outputs.put("wide", Codebook.wide());
        outputs.put("long", Codebook.longFormat());
        outputs.put("diagnostics", Codebook.diagnostics());
        return outputs;
    }
}
