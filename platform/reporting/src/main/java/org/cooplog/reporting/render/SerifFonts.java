package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Liberation Serif, metric-compatible with Times New Roman and complete for Vietnamese, from the
 * {@code openpdf-fonts-extra} jar: embedded in the PDF, and used to measure text for the lines Decree 30 draws under
 * the motto and the issuing unit. Widths come from the fonts' tables, so measuring is exact and the same everywhere.
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
        private final int[] advances;
        private final int unitsPerEm;

        Face(String name, int weight, boolean italic) {
            this.weight = weight;
            this.italic = italic;
            this.bytes = load("liberation/LiberationSerif-" + name + ".ttf");
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                this.unitsPerEm = font.getUnitsPerEm();
                CmapLookup cmap = font.getUnicodeCmapLookup();
                this.advances = new int[MEASURED];
                for (int c = 0; c < MEASURED; c++) {
                    advances[c] = font.getAdvanceWidth(cmap.getGlyphId(c));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The width of a line of text set in this face, in points. */
        double width(String text, double sizePt) {
            long units = text.codePoints()
                    .mapToLong(c -> c < MEASURED ? advances[c] : advances['M'])
                    .sum();
            return units * sizePt / unitsPerEm;
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
