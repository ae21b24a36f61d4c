package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content and document date give the same bytes, whatever the JVM, its time zone, locale or encoding. */
class ReproducibilityTests {

    private final ReportRenditions renditions = new ReportRenditions();

    @Test
    void sameBytesWhateverTheDefaultTimeZoneAndLocale() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Locale.setDefault(Locale.ROOT);
            List<Rendition> first = renditions.renderAll(SampleReports.quarterly(), SampleReports.DATE);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            // Turkish upper-cases i to İ and Arabic may write other digits: both have broken renderers before.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            List<Rendition> second = renditions.renderAll(SampleReports.quarterly(), SampleReports.DATE);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            List<Rendition> third = renditions.renderAll(SampleReports.quarterly(), SampleReports.DATE);
            assertThat(second).isEqualTo(first);
            assertThat(third).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void sameBytesInAnotherJvmOnTheOtherSideOfTheWorld(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("jvm.log");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.timezone=America/St_Johns",
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-Dfile.encoding=ISO-8859-1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RenderSamples.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A bound so a hung child cannot hang the build; not a measure of speed.
        assertThat(jvm.waitFor(5, TimeUnit.MINUTES))
                .as("the other JVM finished")
                .isTrue();
        assertThat(jvm.exitValue()).as(Files.readString(log)).isZero();
        for (Map.Entry<String, ReportContent> sample : RenderSamples.SAMPLES.entrySet()) {
            for (Rendition rendition : renditions.renderAll(sample.getValue(), SampleReports.DATE)) {
                Path file = directory.resolve(sample.getKey() + "." + rendition.fileExtension());
                assertThat(Files.readAllBytes(file))
                        .as("%s rendered in another JVM", file.getFileName())
                        .isEqualTo(rendition.bytes());
            }
        }
    }

    @Test
    void documentDateChangesOnlyTheFormatsThatCarryIt() {
        List<Rendition> first = renditions.renderAll(SampleReports.quarterly(), SampleReports.DATE);
        List<Rendition> later = renditions.renderAll(SampleReports.quarterly(), SampleReports.DATE.plusSeconds(86_400));
        for (int i = 0; i < first.size(); i++) {
            ReportFormat format = first.get(i).format();
            if (format == ReportFormat.DOCX || format == ReportFormat.PDF || format == ReportFormat.XLSX) {
                assertThat(later.get(i)).as(format.name()).isNotEqualTo(first.get(i));
            } else {
                assertThat(later.get(i)).as(format.name()).isEqualTo(first.get(i));
            }
        }
    }

    @Test
    void docxEntriesComeInNameOrderDatedByTheDocument() throws IOException {
        byte[] docx = renditions
                .render(SampleReports.quarterly(), ReportFormat.DOCX, SampleReports.DATE)
                .bytes();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.parse("2021-03-14T17:00:00"));
                assertThat(entry.getExtra()).isNull();
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(SampleReports.DATE);
            assertThat(core.getModified().toInstant()).isEqualTo(SampleReports.DATE);
        }
    }

    @Test
    void pdfIdentifierFollowsTheContent() throws IOException {
        byte[] quarterly = renditions
                .render(SampleReports.quarterly(), ReportFormat.PDF, SampleReports.DATE)
                .bytes();
        byte[] again = renditions
                .render(SampleReports.quarterly(), ReportFormat.PDF, SampleReports.DATE)
                .bytes();
        byte[] other = renditions
                .render(SampleReports.emptyDraftInEnglish(), ReportFormat.PDF, SampleReports.DATE)
                .bytes();
        assertThat(id(again)).isEqualTo(id(quarterly));
        assertThat(id(other)).isNotEqualTo(id(quarterly));
        try (PDDocument document = Loader.loadPDF(quarterly)) {
            // Written in UTC, whatever the JVM's zone.
            assertThat(document.getDocumentInformation().getCOSObject().getString(COSName.CREATION_DATE))
                    .startsWith("D:20210314170000");
        }
    }

    private static String id(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocument().getDocumentID().toString();
        }
    }
}
