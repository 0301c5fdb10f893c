package io.github.xxgk.report.bench;

import io.github.xxgk.report.ReportParser;
import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ToXMLContentHandler;
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
import org.xml.sax.SAXException;

/**
 * Word and PDF files: the full parse beside its anchor, Tika's own parser for the format extracting the same file
 * to XHTML ({@link ToXMLContentHandler}), with Tika's default configuration and the parser created once.
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
    private Parser tika;

    /** Reads the document and creates Tika's parser for its format once. */
    @Setup
    public void read() {
        bytes = Fixtures.bytes(file);
        name = Fixtures.name(file);
        if (file.endsWith(".docx")) {
            tika = new OOXMLParser();
        } else if (file.endsWith(".doc")) {
            tika = new OfficeParser();
        } else if (file.endsWith(".pdf")) {
            tika = new PDFParser();
        } else {
            throw new IllegalArgumentException("no Tika parser chosen for " + file);
        }
    }

    /** Bytes to model with diagnostics. */
    @Benchmark
    public AnnualReport parse() throws ReportReadException {
        return parser.parse(bytes, name);
    }

    /** The anchor: Tika's extraction of the same bytes to XHTML, nothing else. */
    @Benchmark
    public String anchor() throws IOException, SAXException, TikaException {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }
}
