package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.report.ReportReadException;
import io.github.xxgk.report.internal.block.Cell;
import io.github.xxgk.report.internal.block.Paragraph;
import io.github.xxgk.report.internal.block.SourceDocument;
import io.github.xxgk.report.internal.block.Table;
import io.github.xxgk.report.model.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** A page whose text only decodes right in the charset it was written in. */
    private static String page(String head) {
        return "<html><head>" + head + "<title>平潭综合实验区2021年度政府信息公开工作年度报告</title></head>"
                + "<body><p>一、总体情况</p><table><tr><td>本年新<br />制作数量</td><td>行政许可</td></tr></table>"
                + "</body></html>";
    }

    private static SourceDocument read(byte[] bytes) throws ReportReadException {
        return Sources.read(bytes, "page.html");
    }

    private static void assertDecoded(SourceDocument document) {
        assertThat(document.format()).isEqualTo(SourceFormat.HTML);
        assertThat(document.titleHint()).contains("平潭综合实验区2021年度政府信息公开工作年度报告");
        assertThat(((Paragraph) document.blocks().get(0)).text()).isEqualTo("一、总体情况");
        assertThat(((Table) document.blocks().get(1)).rows().get(0).cells())
                .containsExactly(Cell.of("本年新制作数量"), Cell.of("行政许可"));
    }

    @Test
    void gb2312MetaWithGb18030Bytes() throws ReportReadException {
        assertDecoded(read(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .getBytes(GB18030)));
    }

    @Test
    void gbkMetaCharsetAttribute() throws ReportReadException {
        assertDecoded(read(page("<meta charset='GBK'>").getBytes(GB18030)));
    }

    @Test
    void pageDeclaringUtf8ButEncodedInGb18030StillDecodes() throws ReportReadException {
        assertDecoded(read(page("<meta charset=\"utf-8\">").getBytes(GB18030)));
    }

    @Test
    void noCharsetAtAllWithGb18030Bytes() throws ReportReadException {
        assertDecoded(read(page("").getBytes(GB18030)));
    }

    @Test
    void noCharsetAtAllWithUtf8Bytes() throws ReportReadException {
        assertDecoded(read(page("").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gb2312MetaOnUtf8BytesIsAPageSavedAgainAsUtf8() throws ReportReadException {
        assertDecoded(read(page("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latinMetaIsNotTrusted() throws ReportReadException {
        assertDecoded(read(page("<meta charset=\"iso-8859-1\">").getBytes(GB18030)));
    }

    @Test
    void otherDeclaredCharsetIsHonoured() throws ReportReadException {
        byte[] bytes = "<html><head><meta charset=\"big5\"></head><body><p>一、總體情況</p></body></html>"
                .getBytes(BIG5);

        SourceDocument document = read(bytes);

        assertThat(document.blocks()).containsExactly(new Paragraph("一、總體情況", 1));
    }

    @Test
    void xmlDeclarationEncoding() throws ReportReadException {
        String html = "<?xml version=\"1.0\" encoding=\"gb2312\"?>" + page("");
        assertDecoded(read(html.getBytes(GB18030)));
    }

    @Test
    void byteOrderMarkWins() throws ReportReadException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(page("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8));
        assertDecoded(read(bytes.toByteArray()));
    }

    @Test
    void utf16WithByteOrderMark() throws ReportReadException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(page("<meta charset=\"utf-16\">").getBytes(StandardCharsets.UTF_16LE));
        assertDecoded(read(bytes.toByteArray()));
    }

    @Test
    void declaredLabels() {
        assertThat(HtmlCharset.declared("<meta charset=gb2312>".getBytes(StandardCharsets.US_ASCII)))
                .contains(GB18030);
        assertThat(HtmlCharset.declared("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=GBK\">"
                .getBytes(StandardCharsets.US_ASCII))).contains(GB18030);
        assertThat(HtmlCharset.declared("<meta charset=\"UTF-16\">".getBytes(StandardCharsets.US_ASCII)))
                .contains(StandardCharsets.UTF_8);
        assertThat(HtmlCharset.declared("<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(HtmlCharset.declared("<meta charset=\"windows-1252\">".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(HtmlCharset.declared("<p>charset=gbk</p>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
