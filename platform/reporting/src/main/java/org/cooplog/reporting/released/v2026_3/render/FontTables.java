package org.cooplog.reporting.released.v2026_3.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TrueType font without one of its tables. PDFBox applies a font's GSUB table to every string it draws and, for
 * Latin, compiles a regular expression of the font's ligatures each time: with Liberation Serif that is most of the
 * time a long report takes. The report's text is NFC and Liberation Serif's Latin substitutions do not apply to it,
 * so the PDF draws the same glyphs without the table.
 */
final class FontTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private FontTables() {}

    /** The font with the table {@code tag} left out, the others as they were. */
    static byte[] without(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Integer> kept = new ArrayList<>();
        byte[] dropped = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            if (in.getInt(HEADER + i * RECORD) != ByteBuffer.wrap(dropped).getInt()) {
                kept.add(HEADER + i * RECORD);
            }
        }
        int size = HEADER + kept.size() * RECORD;
        for (int record : kept) {
            size += padded(in.getInt(record + 12));
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        out.putInt(in.getInt(0))
                .putShort((short) kept.size())
                .putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) ((kept.size() - power) * RECORD));
        int offset = HEADER + kept.size() * RECORD;
        for (int record : kept) {
            int length = in.getInt(record + 12);
            out.putInt(in.getInt(record))
                    .putInt(in.getInt(record + 4))
                    .putInt(offset)
                    .putInt(length);
            out.put(offset, font, in.getInt(record + 8), length);
            offset += padded(length);
        }
        return out.array();
    }

    /** Tables start on four-byte boundaries. */
    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
