package io.github.xxgk.report.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;

/**
 * The parser against generated structure ({@link StructureInputs}): PDF operator sequences and nested Word XML
 * give a report or a typed failure within the bound, as {@link ParserFuzzTest} checks for damaged bytes. Tagged
 * {@code small-heap}: the build runs these in a JVM of their own with a 256 MiB heap and the small test stack, the
 * conditions under which a million unrestored graphics states and thousands of nested tables once failed.
 */
@Tag("small-heap")
class StructureFuzzTest {

    @Provide
    Arbitrary<FuzzInputs.Input> pdfOperators() {
        return StructureInputs.pdfOperators();
    }

    @Provide
    Arbitrary<FuzzInputs.Input> wordStructure() {
        return StructureInputs.wordStructure();
    }

    @Property(tries = 80, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void pdfOperatorSequencesGiveAReportOrATypedFailure(@ForAll("pdfOperators") FuzzInputs.Input input) {
        ParserFuzzTest.check(input, false);
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void wordStructuresGiveAReportOrATypedFailure(@ForAll("wordStructure") FuzzInputs.Input input) {
        ParserFuzzTest.check(input, false);
    }

    @Property(tries = 3_000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("long")
    void longPdfOperatorSequences(@ForAll("pdfOperators") FuzzInputs.Input input) {
        ParserFuzzTest.check(input, false);
    }

    @Property(tries = 3_000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("long")
    void longWordStructures(@ForAll("wordStructure") FuzzInputs.Input input) {
        ParserFuzzTest.check(input, false);
    }
}
