package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FontTablesTests {

    @ParameterizedTest
    @ValueSource(strings = {"Regular", "Bold", "Italic", "BoldItalic"})
    void theFontWithoutItsGsubTableKeepsEveryOtherTableAsItWas(String name) throws IOException {
        byte[] original = original(name);
        try (TrueTypeFont before = parse(original);
                TrueTypeFont after = parse(FontTables.without(original, "GSUB"))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap()).hasSize(before.getTableMap().size() - 1);
            for (TTFTable table : after.getTableMap().values()) {
                assertThat(after.getTableBytes(table))
                        .as(table.getTag())
                        .isEqualTo(before.getTableBytes(before.getTableMap().get(table.getTag())));
            }
            assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        }
    }

    /**
     * Dropping GSUB changes nothing a report shows: Liberation Serif's substitutions only join the IPA tone letters
     * (U+02E5 to U+02E9) into contours. A version of the fonts with more would fail here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Regular", "Bold", "Italic", "BoldItalic"})
    void theDroppedSubstitutionsTouchOnlyTheToneLetters(String name) throws IOException {
        try (TrueTypeFont font = parse(original(name))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> toneLetters = new HashSet<>();
            for (int c = 0x02E5; c <= 0x02E9; c++) {
                toneLetters.add(cmap.getGlyphId(c));
            }
            GsubData gsub = font.getGsubData();
            assertThat(gsub.getSupportedFeatures()).isNotEmpty();
            for (String feature : gsub.getSupportedFeatures()) {
                for (List<Integer> glyphs : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                    assertThat(toneLetters).as(feature).containsAll(glyphs);
                }
            }
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] original(String name) throws IOException {
        try (InputStream in = FontTablesTests.class
                .getClassLoader()
                .getResourceAsStream("liberation/LiberationSerif-" + name + ".ttf")) {
            return in.readAllBytes();
        }
    }
}
