package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The parts of a DOCX around its text: the A4 page and its margins, Times New Roman as the default, page numbers from
 * page 2, and the core properties.
 */
final class DocxPackage {

    private DocxPackage() {}

    static XWPFDocument create(String language) {
        XWPFDocument document = new XWPFDocument();
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PageLayout.twips(PageLayout.WIDTH_MM)));
        size.setH(BigInteger.valueOf(PageLayout.twips(PageLayout.HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(PageLayout.twips(PageLayout.TOP_MM)));
        margins.setBottom(BigInteger.valueOf(PageLayout.twips(PageLayout.BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(PageLayout.twips(PageLayout.LEFT_MM)));
        margins.setRight(BigInteger.valueOf(PageLayout.twips(PageLayout.RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(PageLayout.twips(PageLayout.HEADER_MM)));
        margins.setFooter(BigInteger.valueOf(PageLayout.twips(PageLayout.HEADER_MM)));
        margins.setGutter(BigInteger.ZERO);
        defaults(document, language);
        pageNumbers(document);
        return document;
    }

    /** Times New Roman and the report's language for every run, even one a layout forgets to set. */
    private static void defaults(XWPFDocument document, String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(PageLayout.FONT);
        fonts.setHAnsi(PageLayout.FONT);
        fonts.setCs(PageLayout.FONT);
        fonts.setEastAsia(PageLayout.FONT);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(PageLayout.BODY_PT * 2)));
        run.addNewLang().setVal(RenderWords.locale(language));
        document.createStyles().setStyles(styles);
    }

    /** Decree 30 numbers pages at the top centre, from the second page on: the first page has an empty header. */
    private static void pageNumbers(XWPFDocument document) {
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        field(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field(number).getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        field(number).setText("2");
        field(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun field(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(PageLayout.FONT);
        run.setFontSize(PageLayout.HEADING_PT);
        return run;
    }

    /**
     * The document's bytes: core properties dated {@code date}, the activity tables' body rows written in, entries in
     * name order and dated {@code date}.
     */
    static ChunkedBytes bytes(XWPFDocument document, ReportContent content, Instant date, List<DocxRows> rows) {
        Date at = Date.from(date.truncatedTo(ChronoUnit.SECONDS));
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator(content.heading().issuingUnit());
        core.setTitle(content.heading().summary());
        core.getUnderlyingProperties().setLanguageProperty(RenderWords.locale(content.language()));
        ChunkedBytes written = new ChunkedBytes();
        try {
            document.write(written);
            return DocxZip.normalised(written.toByteArray(), LocalDateTime.ofInstant(date, ZoneOffset.UTC), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
