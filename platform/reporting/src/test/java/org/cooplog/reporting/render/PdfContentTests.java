package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The PDF's pages are written by {@link PdfContent} and {@link PdfCanvas.Glyphs} instead of PDFBox's
 * PDPageContentStream, and must come out as the same bytes, or an issued report would no longer be reproduced: here
 * the same random operations go through both and are compared byte for byte.
 */
class PdfContentTests {

    /** Latin, Vietnamese, and the characters whose glyph codes a literal string must escape or cannot hold. */
    private static final String CHARACTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:!?()[]{}\\/\"'-–—"
            + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ%&*+=<>@#~_|^`$";

    @Test
    void pagesAreTheBytesPdPageContentStreamWrites() throws IOException {
        Random random = new Random(20261126);
        for (int round = 0; round < 20; round++) {
            long seed = random.nextLong();
            assertThat(ours(seed)).as("operations of seed %d", seed).isEqualTo(pdfbox(seed));
        }
    }

    @Test
    void aNumberBeyondThePageIsRefused() {
        PdfContent content = new PdfContent();
        assertThatThrownBy(() -> content.operand(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> content.operand(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> content.operand(1e30f)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What PDFBox writes for the operations of {@code seed}, uncompressed. */
    private static String pdfbox(long seed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = load(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                Random random = new Random(seed);
                for (int i = 0; i < 200; i++) {
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            stream.beginText();
                            stream.setFont(font, size(random));
                            stream.newLineAtOffset(number(random), number(random));
                            stream.showText(text(random));
                            stream.endText();
                        }
                        case 1 -> {
                            stream.beginText();
                            stream.setFont(font, size(random));
                            stream.newLineAtOffset(number(random), number(random));
                            stream.showTextWithPositioning(positioned(random).toArray());
                            stream.endText();
                        }
                        case 2 -> {
                            stream.setLineWidth(number(random));
                            stream.moveTo(number(random), number(random));
                            stream.lineTo(number(random), number(random));
                            stream.stroke();
                        }
                        default -> {
                            stream.addRect(number(random), number(random), number(random), number(random));
                            stream.stroke();
                        }
                    }
                }
            }
            try (InputStream in = page.getContents()) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** The same operations of {@code seed} through PdfContent and Glyphs. */
    private static String ours(long seed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas.Glyphs glyphs = new PdfCanvas.Glyphs(load(document));
            PDResources resources = new PDResources();
            PdfContent content = new PdfContent();
            Random random = new Random(seed);
            for (int i = 0; i < 200; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        begin(content, resources.add(glyphs.font), random);
                        String text = text(random);
                        content.string(glyphs.encode(text, 0, text.length()))
                                .ascii(" ")
                                .operator("Tj");
                        content.operator("ET");
                    }
                    case 1 -> {
                        begin(content, resources.add(glyphs.font), random);
                        content.ascii("[");
                        for (Object part : positioned(random)) {
                            if (part instanceof String text) {
                                content.string(glyphs.encode(text, 0, text.length()));
                            } else {
                                content.operand((Float) part);
                            }
                        }
                        content.ascii("] ").operator("TJ");
                        content.operator("ET");
                    }
                    case 2 -> {
                        content.operand(number(random)).operator("w");
                        content.operand(number(random)).operand(number(random)).operator("m");
                        content.operand(number(random)).operand(number(random)).operator("l");
                        content.operator("S");
                    }
                    default -> {
                        content.operand(number(random))
                                .operand(number(random))
                                .operand(number(random))
                                .operand(number(random))
                                .operator("re");
                        content.operator("S");
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** A text object opened as PDPageContentStream opens one: beginText, setFont, newLineAtOffset. */
    private static void begin(PdfContent content, COSName font, Random random) throws IOException {
        content.operator("BT");
        content.operand(font).operand(size(random)).operator("Tf");
        content.operand(number(random)).operand(number(random)).operator("Td");
    }

    private static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(SerifFonts.Face.REGULAR.bytes), true, false);
    }

    private static float size(Random random) {
        return 8 + random.nextInt(12) / 2f;
    }

    /** Coordinates as the pages have them, and the awkward ones: negative, tiny, long fractions, large. */
    private static float number(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(800);
            case 1 -> -random.nextFloat() * 100;
            case 2 -> random.nextFloat() * 1e-4f;
            case 3 -> random.nextFloat() * 1e6f;
            default -> random.nextFloat() * 842;
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }

    private static List<Object> positioned(Random random) {
        List<Object> parts = new ArrayList<>();
        int words = 1 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                parts.add(-random.nextFloat() * 300);
            }
            parts.add(text(random) + " ");
        }
        return parts;
    }
}
