package io.github.xxgk.report.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result into the tables of {@code BENCHMARKS.md}: per input the median of the full parse, the
 * median of its anchor and their ratio, the same for CPU time per operation ({@link CpuTimeProfiler}), and the
 * target with whether each measure meets it; and the size-scaling table.
 *
 * <p>Usage: {@code BenchmarkTable RESULT.json [OUT.md]}; the tables go to standard output and, if given, to OUT.md.
 */
public final class BenchmarkTable {

    private static final String PREFIX = "io.github.xxgk.report.bench.";
    /** The seed report, held to a throughput target besides its ratio. */
    private static final String SEED = "reports/wuzhong-civil-affairs-2021.txt";
    private static final double SEED_MAX_MICROS = 1_000_000.0 / 5_000;

    private BenchmarkTable() {
    }

    /** Prints the tables for the JMH result file named first; writes them to the file named second, if any. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchmarkTable RESULT.json [OUT.md]");
        }
        JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        String tables = render(results);
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(tables);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), tables, StandardCharsets.UTF_8);
        }
    }

    static String render(JsonNode results) {
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText().substring(PREFIX.length());
            JsonNode params = result.path("params");
            String param = params.has("file") ? params.get("file").asText() : params.path("copies").asText();
            String group = benchmark.substring(0, benchmark.indexOf('.'));
            String input = group + " " + param;
            if (!inputs.contains(input)) {
                inputs.add(input);
            }
            medians.put(benchmark + " " + param, median(result.get("primaryMetric")));
            JsonNode cpuMetric = result.path("secondaryMetrics").path(CpuTimeProfiler.METRIC);
            if (cpuMetric.has("score")) {
                cpu.put(benchmark + " " + param, cpuMetric.get("score").asDouble());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| format | input | parse median (µs) | anchor median (µs) | ratio | parse CPU (µs) "
                + "| anchor CPU (µs) | CPU ratio | target | met: median / CPU |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (String input : inputs) {
            String group = input.substring(0, input.indexOf(' '));
            String param = input.substring(input.indexOf(' ') + 1);
            Double parse = medians.get(group + ".parse " + param);
            Double anchor = medians.get(group + ".anchor " + param);
            if (group.equals("ScalingBenchmark") || parse == null) {
                continue;
            }
            Double parseCpu = cpu.get(group + ".parse " + param);
            Double anchorCpu = cpu.get(group + ".anchor " + param);
            String[] target = target(group, param, parse, anchor);
            String[] cpuTarget = parseCpu == null ? new String[] {"", ""}
                    : target(group, param, parseCpu, anchorCpu);
            String met = target[1].isEmpty() ? "" : target[1] + " / " + (cpuTarget[1].isEmpty() ? "?" : cpuTarget[1]);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    format(group, param), Path.of(param).getFileName(), micros(parse), micros(anchor),
                    ratio(parse, anchor), micros(parseCpu), micros(anchorCpu), ratio(parseCpu, anchorCpu), target[0],
                    met));
        }
        List<String> scaling = inputs.stream().filter(i -> i.startsWith("ScalingBenchmark ")).toList();
        if (!scaling.isEmpty()) {
            out.append("\n| copies of the seed in one source | parse median (µs) | per copy (µs) | CPU per copy (µs) |\n");
            out.append("|---:|---:|---:|---:|\n");
            for (String input : scaling) {
                String copies = input.substring(input.indexOf(' ') + 1);
                double parse = medians.get("ScalingBenchmark.parse " + copies);
                Double parseCpu = cpu.get("ScalingBenchmark.parse " + copies);
                int n = Integer.parseInt(copies);
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", copies, micros(parse),
                        micros(parse / n), parseCpu == null ? "" : micros(parseCpu / n)));
            }
        }
        return out.toString();
    }

    private static double median(JsonNode metric) {
        JsonNode percentiles = metric.path("scorePercentiles");
        return percentiles.has("50.0") ? percentiles.get("50.0").asDouble() : metric.get("score").asDouble();
    }

    private static String format(String group, String param) {
        return switch (group) {
            case "TextBenchmark" -> param.endsWith(".md") ? "Markdown" : "text";
            case "HtmlBenchmark" -> "HTML";
            default -> param.substring(param.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        };
    }

    /** The target an input is held to and whether it is met: {@code {text, "yes"/"no"/""}}. */
    private static String[] target(String group, String param, double parse, Double anchor) {
        double ratio = anchor == null ? Double.NaN : parse / anchor;
        return switch (group) {
            case "TextBenchmark" -> param.equals(SEED)
                    ? new String[] {"≤ 5× and ≥ 5,000/s (≤ 200 µs)",
                        met(ratio <= 5 && parse <= SEED_MAX_MICROS)
                                + String.format(Locale.ROOT, " (%,.0f/s)", 1_000_000 / parse)}
                    : new String[] {"≤ 5×", met(ratio <= 5)};
            case "HtmlBenchmark" -> new String[] {"≤ 1.5×", met(ratio <= 1.5)};
            default -> param.endsWith(".docx") ? new String[] {"≤ 1.2×", met(ratio <= 1.2)}
                    : param.endsWith(".pdf") ? new String[] {"≤ 1.5×", met(ratio <= 1.5)}
                    : new String[] {"none set", ""};
        };
    }

    private static String met(boolean met) {
        return met ? "yes" : "no";
    }

    private static String micros(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    private static String ratio(Double parse, Double anchor) {
        return parse == null || anchor == null ? "" : String.format(Locale.ROOT, "%.2f×", parse / anchor);
    }
}
