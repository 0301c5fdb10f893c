/**
 * Parses Chinese government information-disclosure annual reports into a typed model, validates their arithmetic
 * and exports them as CSV and JSON. The API is the facade ({@code io.github.xxgk.report}), the model, the
 * validation and the exporters; readers, recognisers and the command-line tool are internal.
 */
module io.github.xxgk.report {
    exports io.github.xxgk.report;
    exports io.github.xxgk.report.model;
    exports io.github.xxgk.report.validate;
    exports io.github.xxgk.report.export;

    opens io.github.xxgk.report.cli to info.picocli;

    requires java.desktop;
    requires java.xml;
    requires org.apache.logging.log4j;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.poi.scratchpad;
    requires org.apache.xmlbeans;
    requires org.apache.commons.compress;
    requires org.apache.pdfbox;
    // PDFBox is an automatic module, which declares nothing: its logging API must be required for it.
    requires org.apache.commons.logging;
    requires org.jsoup;
    requires opencc4j;
    requires com.opencsv;
    requires com.fasterxml.jackson.core;
    requires static info.picocli;
    requires static me.tongfei.progressbar;

    uses org.apache.logging.log4j.spi.Provider;
}
