package io.github.xxgk.report.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * Checks how deep the XML of a Word 2007+ document's text parts nests before POI builds the document from them: POI
 * walks the trees it builds recursively (its own depth check included), so a body of thousands of tables nested in
 * one another would overflow the stack before POI refused it. Each part is streamed once with POI's secure StAX
 * factory (no DTDs, no external entities), keeping nothing but the current depth.
 */
final class WordNesting {

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** The parts whose trees POI builds into the document: the body and what prints beside it. */
    private static final Set<String> TEXT_PARTS = Set.of(MAIN + "document.main+xml", MAIN + "template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", MAIN + "header+xml",
            MAIN + "footer+xml", MAIN + "footnotes+xml", MAIN + "endnotes+xml", MAIN + "comments+xml");

    private WordNesting() {
    }

    /**
     * Checks every text part of the package.
     *
     * @throws ZipBounds.Exceeded naming {@code maxWordNesting} if a part nests deeper than {@code maxDepth}
     * @throws IOException if a part cannot be read as XML
     */
    static void check(OPCPackage pkg, int maxDepth) throws IOException {
        try {
            for (PackagePart part : pkg.getParts()) {
                if (TEXT_PARTS.contains(part.getContentType())) {
                    check(part, maxDepth);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("the package's parts cannot be listed: " + e.getMessage(), e);
        }
    }

    private static void check(PackagePart part, int maxDepth) throws IOException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                        throw new ZipBounds.Exceeded("the part " + part.getPartName().getName() + " nests more than "
                                + maxDepth + " XML elements inside one another", "maxWordNesting");
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("the part " + part.getPartName().getName() + " is not well-formed XML: "
                    + e.getMessage(), e);
        }
    }
}
