package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Row;
import io.github.xxgk.report.internal.block.Table;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

class HtmlGridPropertyTest {

    /** A table of rows of cells, each cell given as its rowspan and colspan attribute values. */
    private static Element table(List<List<@IntRange(min = -1, max = 200) Integer>> spans) {
        StringBuilder html = new StringBuilder("<table>");
        int n = 0;
        for (List<Integer> row : spans) {
            html.append("<tr>");
            for (int i = 0; i + 1 < row.size(); i += 2) {
                html.append("<td rowspan=\"").append(row.get(i)).append("\" colspan=\"").append(row.get(i + 1))
                        .append("\">c").append(n++).append("</td>");
            }
            html.append("</tr>");
        }
        return Jsoup.parse(html.append("</table>").toString()).selectFirst("table");
    }

    @Property(tries = 300)
    void everyCellHasOneOriginAndCoveredPositionsCopyOnlyItsText(
            @ForAll @Size(max = 12) List<@Size(max = 12) List<@IntRange(min = -1, max = 200) Integer>> spans) {
        Element element = table(spans);
        int cellCount = element.select("td").size();

        Optional<HtmlGrid.Grid> grid = HtmlGrid.read(element, new HtmlGrid.Budget(), HtmlLines.of(element.outerHtml(), element), true);

        assertThat(grid).isPresent();
        Table table = grid.get().table();
        List<Cell> all = table.rows().stream().flatMap(r -> r.cells().stream()).toList();
        List<String> origins = all.stream().filter(Cell::origin).map(Cell::text).filter(t -> !t.isEmpty()).toList();
        boolean full = table.rows().stream().anyMatch(r -> r.cells().size() == HtmlGrid.MAX_COLUMNS);
        assertThat(origins).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(cellCount);
        if (!full) {
            assertThat(origins).as("only a row at the column limit drops cells").hasSize(cellCount);
        }
        assertThat(all).filteredOn(c -> !c.origin()).allMatch(c -> origins.contains(c.text()));
        assertThat(table.rows()).hasSizeLessThanOrEqualTo(spans.size());
        assertThat(table.rows()).allSatisfy((Row r) -> assertThat(r.cells()).hasSizeLessThanOrEqualTo(
                Math.min(HtmlGrid.MAX_COLUMNS, HtmlGrid.MAX_COLSPAN * (cellCount + 1))));
    }
}
