package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SerifFontsTests {

    @ParameterizedTest
    @EnumSource(SerifFonts.Face.class)
    void everyFaceHasAGlyphForEveryVietnameseLetter(SerifFonts.Face face) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            String letters = SampleReports.ALPHABET.replace(" ", "") + "–₫“”‘’…";
            assertThat(letters.codePoints().filter(c -> cmap.getGlyphId(c) == 0))
                    .as("letters without a glyph")
                    .isEmpty();
            assertThat(font.getName()).startsWith("LiberationSerif");
        }
    }

    /** The widths of "M" and of a space in the Times faces' own metrics, per 1000 units of the font size. */
    @ParameterizedTest
    @CsvSource({"REGULAR, 889", "BOLD, 944", "ITALIC, 833", "BOLD_ITALIC, 889"})
    void measuresAsTimesDoes(SerifFonts.Face face, int m) {
        assertThat(face.width("M", 1000)).isCloseTo(m, Offset.offset(1.0));
        assertThat(face.width(" ", 1000)).isCloseTo(250, Offset.offset(1.0));
        assertThat(face.width("Độc lập", 14)).isEqualTo(face.width("Độc", 14) + face.width(" lập", 14));
    }
}
