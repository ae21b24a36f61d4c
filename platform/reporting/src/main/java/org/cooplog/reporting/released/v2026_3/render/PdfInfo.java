package org.cooplog.reporting.released.v2026_3.render;

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
import org.cooplog.reporting.released.v2026_3.content.ReportContent;

/**
 * What the PDF says about itself, none of it from the clock: its dates are the document date, and its ID, which
 * PDFBox would make from the time, is the first 16 bytes of the SHA-256 of what the pages show and the document date.
 */
final class PdfInfo {

    private final MessageDigest shown;

    PdfInfo() {
        try {
            this.shown = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The digest the pages' texts go into as they are drawn. */
    MessageDigest shown() {
        return shown;
    }

    void describe(PDDocument pdf, ReportContent content, Instant documentDate) {
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(documentDate.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(content.heading().summary());
        info.setAuthor(content.heading().issuingUnit());
        pdf.getDocumentCatalog().setLanguage(RenderWords.locale(content.language()));
        shown.update(documentDate.toString().getBytes(StandardCharsets.UTF_8));
        byte[] id = Arrays.copyOf(shown.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
