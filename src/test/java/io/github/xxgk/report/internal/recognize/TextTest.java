package io.github.xxgk.report.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextTest {

    @Property(tries = 2000)
    void boundedEditDistanceAgreesWithTheFullOne(
            @ForAll @StringLength(max = 12) @CharRange(from = '一', to = '丁') String a,
            @ForAll @StringLength(max = 12) @CharRange(from = '一', to = '丁') String b,
            @ForAll @IntRange(min = 0, max = 4) int max) {
        assertThat(Text.editDistanceAtMost(a, b, max)).isEqualTo(Text.editDistance(a, b) <= max);
    }

    @Test
    void mistypedLabelsAreWithinTheirBound() {
        assertThat(Text.editDistanceAtMost("属于三类内容事务信息", "属于三类内部事务信息", 2)).isTrue();
        assertThat(Text.editDistanceAtMost("不予公开", "予以公开", 1)).isFalse();
    }

    @Test
    void cleansProseOfMarkupAndStraySpaces() {
        assertThat(Text.cleanProse("一是**强化组织，落实保障。**形成了")).isEqualTo("一是强化组织，落实保障。形成了");
        assertThat(Text.cleanProse("从 2021 年 1 月 1 日至 12 月 31 日")).isEqualTo("从2021年1月1日至12月31日");
    }
}
