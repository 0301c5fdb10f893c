package io.github.xxgk.report.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built job jar, {@code xxgk-report-VERSION-spark.jar}, submitted through Spark's own {@code SparkSubmit} in a
 * JVM whose class path is Spark's alone, as on a stock installation: no {@code --class}, no
 * {@code userClassPathFirst}.
 */
class SparkSubmitIT {

    @TempDir
    static Path work;

    @Test
    void theJobJarRunsThroughSparkSubmitAndWritesParquet() throws IOException, InterruptedException {
        Path input = SparkTests.testdata().resolve("renderings");
        Path output = work.resolve("reports.parquet");
        Path diagnostics = work.resolve("diagnostics.parquet");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("xxgk.sparkJavaOptions").split(" ")));
        command.addAll(List.of("-Xmx1g", "-cp", String.join(File.pathSeparator, sparkClasspath()),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                System.getProperty("xxgk.jobJar"), "--input", input.toString(), "--output", output.toString(),
                "--diagnostics", diagnostics.toString()));
        Path log = work.resolve("spark-submit.log");
        Process submit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(submit.waitFor(5, TimeUnit.MINUTES)).as("spark-submit ends").isTrue();
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(submit.exitValue()).as(printed).isZero();
        assertThat(printed).containsPattern("xxgk-report-spark: \\d+ rows, parsed \\d+");

        List<Row> written = SparkTests.session().read().parquet(output.toString()).collectAsList();
        List<Row> expected = XxgkSpark.convert(XxgkSpark.files(SparkTests.session(), input.toString())).reports()
                .collectAsList();
        Comparator<Row> byFile = Comparator.comparing(row -> row.getString(0));
        assertThat(written.stream().sorted(byFile).toList()).containsExactlyElementsOf(
                expected.stream().sorted(byFile).toList());
        assertThat(written).filteredOn(row -> row.getString(0).matches(".*\\.(docx|doc|pdf)$"))
                .hasSizeGreaterThan(30).allSatisfy(row -> assertThat(row.getString(1)).isEqualTo("parsed"));
        assertThat(SparkTests.session().read().parquet(diagnostics.toString()).count()).isPositive();
    }

    @Test
    void theJobJarHoldsNoClassOfAPackageSparkHas() throws IOException {
        Set<String> sparkPackages = new HashSet<>();
        for (String jar : sparkClasspath()) {
            if (jar.endsWith(".jar")) {
                sparkPackages.addAll(packages(Path.of(jar)));
            }
        }
        Set<String> jobPackages = packages(Path.of(System.getProperty("xxgk.jobJar")));
        assertThat(jobPackages).contains("io/github/xxgk/report/spark", "io/github/xxgk/report/spark/shaded/jackson/core",
                "io/github/xxgk/report/spark/shaded/commons/io", "io/github/xxgk/report/spark/shaded/poi/xwpf/usermodel");
        Set<String> shared = new TreeSet<>(jobPackages);
        shared.retainAll(sparkPackages);
        assertThat(shared).isEmpty();
        try (JarFile jar = new JarFile(System.getProperty("xxgk.jobJar"))) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(XxgkSparkJob.class.getName());
        }
    }

    /** The jars of a stock Spark's class path. */
    private static List<String> sparkClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String property : List.of("xxgk.sparkClasspath", "xxgk.sparkSharedClasspath")) {
            String text = Files.readString(Path.of(System.getProperty(property)), StandardCharsets.UTF_8).trim();
            entries.addAll(List.of(text.split(File.pathSeparator)));
        }
        return entries;
    }

    /** The packages of a jar's classes, multi-release versions included, as paths ({@code org/apache/x}). */
    private static Set<String> packages(Path jar) throws IOException {
        Set<String> packages = new HashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName().replaceFirst("^META-INF/versions/\\d+/", "");
                if (name.endsWith(".class") && name.contains("/") && !name.endsWith("module-info.class")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')));
                }
            }
        }
        return packages;
    }
}
