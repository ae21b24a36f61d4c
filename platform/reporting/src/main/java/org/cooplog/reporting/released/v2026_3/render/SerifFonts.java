package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Liberation Serif, metric-compatible with Times New Roman and complete for Vietnamese, from the
 * {@code openpdf-fonts-extra} jar: embedded in the PDF, and used to measure text for the PDF's lines, the column
 * widths and the lines Decree 30 draws under the motto and the issuing unit. Widths come from the fonts' tables, so
 * measuring is exact and the same everywhere.
 */
final class SerifFonts {

    enum Face {
        REGULAR("Regular", 400, false),
        BOLD("Bold", 700, false),
        ITALIC("Italic", 400, true),
        BOLD_ITALIC("BoldItalic", 700, true);

        final int weight;
        final boolean italic;
        final byte[] bytes;
        /** How far glyphs reach above and below the baseline, in ems: what a line of text is centred on. */
        final double ascent;

        final double descent;
        private final int[] advances;
        private final BitSet glyphs = new BitSet();
        private final Map<Integer, Integer> beyond = new HashMap<>();
        private final int unitsPerEm;

        Face(String name, int weight, boolean italic) {
            this.weight = weight;
            this.italic = italic;
            this.bytes = FontTables.without(load("liberation/LiberationSerif-" + name + ".ttf"), "GSUB");
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                this.unitsPerEm = font.getUnitsPerEm();
                this.ascent = font.getHorizontalHeader().getAscender() / (double) unitsPerEm;
                this.descent = -font.getHorizontalHeader().getDescender() / (double) unitsPerEm;
                CmapLookup cmap = font.getUnicodeCmapLookup();
                this.advances = new int[MEASURED];
                for (int c = 0; c < MEASURED; c++) {
                    advances[c] = font.getAdvanceWidth(cmap.getGlyphId(c));
                }
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> characters = cmap.getCharCodes(glyph);
                    for (int c : characters == null ? List.<Integer>of() : characters) {
                        glyphs.set(c);
                        if (c >= MEASURED) {
                            beyond.put(c, font.getAdvanceWidth(glyph));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The width of a line of text set in this face, in points. A character beyond Latin and Vietnamese that the
         * face lacks counts as an M, about what the reader's fallback font gives it.
         */
        double width(String text, double sizePt) {
            return width(text, 0, text.length(), sizePt);
        }

        /** The width of {@code text} from {@code start} to {@code end}, in points. */
        double width(String text, int start, int end, double sizePt) {
            long units = 0;
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                units += advance(c);
                i += Character.charCount(c);
            }
            return points(units, sizePt);
        }

        double width(int codePoint, double sizePt) {
            return points(advance(codePoint), sizePt);
        }

        /** Whether the face has a glyph for the character: the PDF shows a "?" for one it has not. */
        boolean has(int codePoint) {
            return glyphs.get(codePoint);
        }

        /** The width of {@code units} of this face's design grid, at {@code sizePt}. */
        double points(long units, double sizePt) {
            return units * sizePt / unitsPerEm;
        }

        /** A character's advance in the face's design units. */
        int advance(int c) {
            return c < MEASURED ? advances[c] : beyond.getOrDefault(c, advances['M']);
        }
    }

    /** Latin, Vietnamese (Latin Extended Additional) and general punctuation lie below this code point. */
    private static final int MEASURED = 0x2100;

    static final String FAMILY = "Liberation Serif";

    private SerifFonts() {}

    static Face face(boolean bold, boolean italic) {
        return bold ? (italic ? Face.BOLD_ITALIC : Face.BOLD) : (italic ? Face.ITALIC : Face.REGULAR);
    }

    private static byte[] load(String resource) {
        try (InputStream in = SerifFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: openpdf-fonts-extra must be on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
