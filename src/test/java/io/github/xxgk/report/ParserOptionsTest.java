package io.github.xxgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds' defaults, the builder, and the checks of invalid bounds. */
class ParserOptionsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ParserOptions defaults = ParserOptions.defaults();
        assertThat(defaults.maxInputBytes()).isEqualTo(64L << 20);
        assertThat(defaults.maxInflatedBytes()).isEqualTo(64L << 20);
        assertThat(defaults.maxInflateRatio()).isEqualTo(100);
        assertThat(defaults.maxTextChars()).isEqualTo(4 << 20);
        assertThat(defaults.maxHtmlElements()).isEqualTo(100_000);
        assertThat(defaults.maxHtmlDepth()).isEqualTo(512);
        assertThat(defaults.maxPdfPages()).isEqualTo(1_000);
        assertThat(defaults.maxZipEntries()).isEqualTo(1_000);
        assertThat(defaults.maxWordNesting()).isEqualTo(1_000);
        assertThat(defaults.maxPdfGraphicsDepth()).isEqualTo(10_000);
        assertThat(defaults.maxPdfPageOperators()).isEqualTo(1_000_000);
        assertThat(defaults.maxPdfPageFormBytes()).isEqualTo(16 << 20);
        assertThat(defaults.maxPdfPageChars()).isEqualTo(100_000);
        assertThat(defaults.maxArchiveEntries()).isEqualTo(10_000);
        assertThat(defaults.maxArchiveInflatedBytes()).isEqualTo(1L << 30);
        assertThat(defaults.maxArchiveDepth()).isEqualTo(2);
        assertThat(ParserOptions.builder().build()).isEqualTo(defaults);
    }

    @Test
    void theBuilderSetsEachBoundAndStartsAgainFromAnyOptions() {
        ParserOptions options = ParserOptions.builder().maxInputBytes(1).maxInflatedBytes(2).maxInflateRatio(3)
                .maxTextChars(4).maxHtmlElements(5).maxHtmlDepth(6).maxPdfPages(7).maxZipEntries(8)
                .maxWordNesting(9).maxPdfGraphicsDepth(10).maxPdfPageOperators(11)
                .maxPdfPageFormBytes(12).maxPdfPageChars(13).maxArchiveEntries(14).maxArchiveInflatedBytes(15)
                .maxArchiveDepth(7).build();
        assertThat(List.of(options.maxInputBytes(), options.maxInflatedBytes(), (long) options.maxInflateRatio(),
                (long) options.maxTextChars(), (long) options.maxHtmlElements(), (long) options.maxHtmlDepth(),
                (long) options.maxPdfPages(), (long) options.maxZipEntries(), (long) options.maxWordNesting(),
                (long) options.maxPdfGraphicsDepth(), (long) options.maxPdfPageOperators(),
                (long) options.maxPdfPageFormBytes(), (long) options.maxPdfPageChars(),
                (long) options.maxArchiveEntries(), options.maxArchiveInflatedBytes(), (long) options.maxArchiveDepth()))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 7L);
        assertThat(options).hasToString("ParserOptions[maxInputBytes=1, maxInflatedBytes=2, maxInflateRatio=3, "
                + "maxTextChars=4, maxHtmlElements=5, maxHtmlDepth=6, maxPdfPages=7, maxZipEntries=8, "
                + "maxWordNesting=9, maxPdfGraphicsDepth=10, maxPdfPageOperators=11, maxPdfPageFormBytes=12, maxPdfPageChars=13, "
                + "maxArchiveEntries=14, maxArchiveInflatedBytes=15, maxArchiveDepth=7]");
        assertThat(options.hashCode()).isEqualTo(options.toBuilder().build().hashCode());
        assertThat(options).isNotEqualTo(ParserOptions.defaults());
        assertThat(options.toBuilder().build()).isEqualTo(options);
        assertThat(options.toBuilder().maxHtmlDepth(8).build().maxHtmlDepth()).isEqualTo(8);
    }

    @Test
    void aBoundThatIsNotPositiveOrBeyondAnArrayIsRefusedWithItsName() {
        assertThatThrownBy(() -> ParserOptions.builder().maxHtmlDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHtmlDepth");
        assertThatThrownBy(() -> ParserOptions.builder().maxInputBytes(3L << 30).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputBytes");
        assertThatThrownBy(() -> ParserOptions.builder().maxInflatedBytes(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInflatedBytes");
        assertThatThrownBy(() -> ParserOptions.builder().maxArchiveDepth(9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArchiveDepth");
        assertThat(ParserOptions.builder().maxArchiveInflatedBytes(8L << 30).build().maxArchiveInflatedBytes())
                .as("beyond 2 GiB: the files are inflated one at a time").isEqualTo(8L << 30);
    }
}
