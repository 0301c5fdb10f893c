package io.github.xxgk.report.bench;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Word and PDF files: the full parse beside its anchor, the format library's own text extraction of the same bytes
 * (POI's {@link XWPFWordExtractor} for DOCX and {@link WordExtractor} for DOC, PDFBox's {@link PDFTextStripper} for
 * PDF), the libraries the parser itself reads them with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 1)
public class OfficeBenchmark {

    /** The document, under {@code testdata/}. */
    @Param({"renderings/wuzhong-civil-affairs-2021.docx", "renderings/wuzhong-civil-affairs-2021.libreoffice.docx",
        "renderings/wuzhong-civil-affairs-2021.doc", "renderings/wuzhong-civil-affairs-2021.pdf",
        "reports/hongze-district-2024.pdf"})
    public String file;

    private final ReportParser parser = ReportParser.create();
    private byte[] bytes;
    private String name;

    /** Reads the document. */
    @Setup
    public void read() {
        bytes = Fixtures.bytes(file);
        name = Fixtures.name(file);
    }

    /** Bytes to model with diagnostics. */
    @Benchmark
    public AnnualReport parse() throws ReportReadException {
        return parser.parse(bytes, name);
    }

    /** The anchor: the format library's text extraction of the same bytes, nothing else. */
    @Benchmark
    public String anchor() throws IOException {
        if (file.endsWith(".docx")) {
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(
                    new XWPFDocument(new ByteArrayInputStream(bytes)))) {
                return extractor.getText();
            }
        }
        if (file.endsWith(".doc")) {
            try (WordExtractor extractor = new WordExtractor(new HWPFDocument(new ByteArrayInputStream(bytes)))) {
                return extractor.getText();
            }
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
