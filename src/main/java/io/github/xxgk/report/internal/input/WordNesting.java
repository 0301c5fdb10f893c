package io.github.xxgk.report.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Checks how deep the XML of a Word 2007+ document's text parts nests before POI builds the document from them: POI
 * walks the trees it builds recursively (its own depth check included), so a body of thousands of tables nested in
 * one another would overflow the stack before POI refused it. Each part is streamed once with POI's secure StAX
 * factory (no DTDs, no external entities), keeping nothing but the current depth.
 */
final class WordNesting {

    /** The parts, related from the main document, whose trees POI builds: what prints beside the body. */
    private static final Set<String> TEXT_RELATIONS = Set.of(XWPFRelation.HEADER.getRelation(),
            XWPFRelation.FOOTER.getRelation(), XWPFRelation.FOOTNOTE.getRelation(),
            XWPFRelation.ENDNOTE.getRelation(), XWPFRelation.COMMENT.getRelation());

    private WordNesting() {
    }

    /**
     * Checks the main document and the text parts it relates to, found as POI finds them: by relationship, whatever
     * content type the package declares for them.
     *
     * @throws ZipBounds.Exceeded naming {@code maxWordNesting} if a part nests deeper than {@code maxDepth}
     * @throws IOException if a part cannot be read as XML
     */
    static void check(OPCPackage pkg, int maxDepth) throws IOException {
        try {
            for (PackageRelationship main : mainDocuments(pkg)) {
                PackagePart document = pkg.getPart(main);
                if (document == null) {
                    continue;
                }
                check(document, maxDepth);
                for (PackageRelationship related : document.getRelationships()) {
                    if (TEXT_RELATIONS.contains(related.getRelationshipType())
                            && related.getTargetMode() == TargetMode.INTERNAL) {
                        PackagePart part = document.getRelatedPart(related);
                        if (part != null) {
                            check(part, maxDepth);
                        }
                    }
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("the package's parts cannot be listed: " + e.getMessage(), e);
        }
    }

    private static List<PackageRelationship> mainDocuments(OPCPackage pkg) {
        List<PackageRelationship> mains = new ArrayList<>();
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            pkg.getRelationshipsByType(type).forEach(mains::add);
        }
        return mains;
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
