package org.cooplog.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;

/**
 * The report as PDF, laid out by openhtmltopdf from the HTML rendition so that the two never drift apart, with
 * Liberation Serif embedded for full Vietnamese. The dates and the document ID are set from the document date and
 * the page, not the clock, so the bytes are the same on every run.
 */
final class PdfRenderer implements ReportRenderer {

    private final HtmlRenderer html = new HtmlRenderer();

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        String page = html.page(content);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(page, null);
        builder.useUnicodeLineBreaker(new SpaceBreaker());
        // The page is self-contained; nothing a user typed may make the renderer fetch anything.
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        for (SerifFonts.Face face : SerifFonts.Face.values()) {
            builder.useFont(
                    () -> new ByteArrayInputStream(face.bytes),
                    PageLayout.FONT,
                    face.weight,
                    face.italic ? FontStyle.ITALIC : FontStyle.NORMAL,
                    true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            describe(pdf, content, documentDate, page);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendition(format(), "application/pdf", "pdf", out.toByteArray());
    }

    /** Dates from the document date, not the clock; the ID from the page it was laid out from. */
    private static void describe(PDDocument pdf, ReportContent content, Instant documentDate, String page) {
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(documentDate.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(content.heading().summary());
        info.setAuthor(content.heading().issuingUnit());
        pdf.getDocumentCatalog().setLanguage(RenderWords.locale(content.language()));
        byte[] id = Arrays.copyOf(sha256(page + '\n' + documentDate), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
