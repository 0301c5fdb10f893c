package io.github.xxgk.report.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ParserOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Word 97's automatic numbers in the formats Tika prints in decimal, on the seed saved as .doc by LibreOffice. */
class DocNumberingTest {

    private static final Path DOC = Path.of("testdata/renderings/wuzhong-civil-affairs-2021.doc");

    @Test
    void chineseCountedNumbersArePrintedAsTheDocumentPrintsThem() throws Exception {
        byte[] bytes = Files.readAllBytes(DOC);
        Document xhtml = XhtmlBlocks.parse(TikaParsers.office(bytes, "seed.doc", OleContainer.DOC,
                ParserOptions.defaults()).xhtml());
        assertThat(xhtml.body().select("p").eachText()).contains("1、 总体情况");

        DocNumbering.restore(bytes, xhtml);

        assertThat(xhtml.body().select("p").eachText()).contains("一、 总体情况", "（一） 主动公开情况。2021 年通过吴忠市人民政府"
                + "门户网站公开政务信息 113 条，微信公众号发布信息 108 条，政务微博发布、转发各类信息 457 条，公开栏公开政务信息 37 条。组织开展了 2021"
                + " 年“政府开放日”暨“开门办建议提案”活动，邀请人大代表、政协委员、群众代表，通过现场考察、工作汇报、恳谈交流、征求意见等形式，全方位展现民政工作职能、"
                + "服务举措和工作成果。", "六、 其他需要报告的事项")
                .doesNotContain("1、 总体情况");
        assertThat(xhtml.body().select("td p").eachText()).as("decimal numbers in table cells stay")
                .contains("1. 属于国家秘密");
    }

    @Test
    void documentPoiCannotReadKeepsTikasNumbers() {
        Document xhtml = XhtmlBlocks.parse("<html><body><p>1、 总体情况</p></body></html>");
        Element before = xhtml.body().clone();

        DocNumbering.restore("not a Word document".getBytes(StandardCharsets.US_ASCII), xhtml);

        assertThat(xhtml.body().html()).isEqualTo(before.html());
    }
}
