package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.export.DiagnosticsCsv;
import io.github.xxgk.report.export.LongCsv;
import io.github.xxgk.report.export.WideCsv;
import io.github.xxgk.report.model.DiagnosticCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/columns.md} is exactly what {@code xxgk-report columns} prints, so the documented columns cannot drift
 * from the code. After changing the columns, regenerate it deliberately with
 * {@code mvn test -Dtest=ColumnsDocTest -Dxxgk.regenerate=true} and review the diff.
 */
class ColumnsDocTest {

    private static final Path DOC = Path.of("docs", "columns.md");
    private static final boolean REGENERATE = Boolean.getBoolean("xxgk.regenerate");

    @Test
    void docsColumnsMdIsCurrent() throws Exception {
        String generated = ColumnsCommand.markdown();
        if (REGENERATE) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/columns.md is stale: regenerate it with -Dxxgk.regenerate=true").isEqualTo(generated);
    }

    @Test
    void theCodebookNamesEveryColumnAndEveryCode() {
        String generated = ColumnsCommand.markdown();
        for (String column : WideCsv.columns()) {
            assertThat(generated).contains("| `" + column + "` |");
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(generated).contains("| `" + code.code() + "` | " + code.severity().key() + " |");
        }
        assertThat(generated).contains("| `requests.new.total` | 三、收到和处理政府信息公开申请情况-本年新收政府信息公开申请数量-总计 "
                + "| `req_new_total` | count | count | 2021, 2019 |");
        assertThat(generated).contains("| `read.empty` | error |", "| `read.internal_error` | error |");
        assertThat(generated.lines().filter(l -> l.startsWith("| `")).count()).isEqualTo(
                WideCsv.columns().size() + LongCsv.COLUMNS.size() + DiagnosticsCsv.COLUMNS.size()
                        + DiagnosticCode.values().length + 7);
    }

    @Test
    void theColumnsCommandPrintsTheCodebook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"columns"}, stream, stream)).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ColumnsCommand.markdown());
    }
}
