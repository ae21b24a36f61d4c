package org.cooplog.events.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.cooplog.events.codec.SchemaCatalog;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.events.report.ReportIssued;
import org.junit.jupiter.api.Test;

/**
 * XLSX joined the report formats after ReportIssued v1 was released: a reader of v1 must still read a report issued
 * with an XLSX rendition (as OTHER), and this build must read every format v1 wrote.
 */
class ReportFormatEvolutionTests {

    private static final String NAME = ReportIssued.getClassSchema().getFullName();

    @Test
    void xlsxIsAReleasedFormatAppendedAfterTheOthers() {
        List<Schema> released = SchemaCatalog.releasedVersions(NAME);
        Schema latest = format(released.get(released.size() - 1));

        assertThat(latest.getEnumSymbols()).containsExactly("DOCX", "PDF", "HTML", "JSON", "CSV", "OTHER", "XLSX");
        assertThat(latest).isEqualTo(format(ReportIssued.getClassSchema()));
        assertThat(ReportFormat.valueOf("XLSX").ordinal()).isEqualTo(6);
    }

    @Test
    void aReaderOfTheFirstVersionReadsXlsxAsOther() throws IOException {
        Schema v1 = rendition(SchemaCatalog.releasedVersions(NAME).get(0));
        Schema current = rendition(ReportIssued.getClassSchema());

        GenericRecord read = readAs(current, v1, withFormat(current, "XLSX"));

        assertThat(read.get("format")).hasToString("OTHER");
        assertThat(read.get("sizeBytes")).isEqualTo(42L);
    }

    @Test
    void thisBuildReadsEveryFormatTheFirstVersionWrote() throws IOException {
        Schema v1 = rendition(SchemaCatalog.releasedVersions(NAME).get(0));
        Schema current = rendition(ReportIssued.getClassSchema());

        for (String symbol : v1.getField("format").schema().getEnumSymbols()) {
            assertThat(readAs(v1, current, withFormat(v1, symbol)).get("format"))
                    .hasToString(symbol);
        }
    }

    private static Schema rendition(Schema reportIssued) {
        return reportIssued.getField("renditions").schema().getElementType();
    }

    private static Schema format(Schema reportIssued) {
        return rendition(reportIssued).getField("format").schema();
    }

    private static GenericRecord withFormat(Schema rendition, String symbol) {
        GenericRecord record = new GenericData.Record(rendition);
        Schema enumSchema = rendition.getField("format").schema();
        record.put("format", new GenericData.EnumSymbol(enumSchema, symbol));
        record.put("sha256", new GenericData.Fixed(rendition.getField("sha256").schema(), new byte[32]));
        record.put("sizeBytes", 42L);
        return record;
    }

    private static GenericRecord readAs(Schema writer, Schema reader, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(writer, reader)
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }
}
