package org.fanfold.downloads.book;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a TrueType font's table directory and copies the font without some tables, in memory; the font file itself
 * is not changed.
 *
 * <p>Why: PDFBox applies a font's {@code GSUB} substitutions to Latin text (ligatures) every time text is drawn,
 * compiling regular expressions per string, which took most of the time of a long PDF. Without the table the text is
 * set exactly as it is without ligatures, which also keeps "fi" searchable and copyable in the PDF.
 */
final class FontTables {

    private record Table(String tag, long checksum, int offset, int length) {}

    private FontTables() {}

    /** {@code font} without the tables named in {@code drop}; the same bytes when it has none of them. */
    static byte[] without(byte[] font, Set<String> drop) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            byte[] tag = new byte[4];
            in.get(at, tag);
            Table t = new Table(
                    new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1),
                    Integer.toUnsignedLong(in.getInt(at + 4)),
                    in.getInt(at + 8),
                    in.getInt(at + 12));
            if (!drop.contains(t.tag())) kept.add(t);
        }
        if (kept.size() == count) return font;
        kept.sort(Comparator.comparing(Table::tag));

        int size = 12 + 16 * kept.size();
        for (Table t : kept) size += padded(t.length());
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        int searchRange = power * 16;
        out.putInt(version)
                .putShort((short) kept.size())
                .putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(power)))
                .putShort((short) (kept.size() * 16 - searchRange));
        int offset = 12 + 16 * kept.size();
        for (Table t : kept) {
            out.put(t.tag().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt((int) t.checksum())
                    .putInt(offset)
                    .putInt(t.length());
            offset += padded(t.length());
        }
        for (Table t : kept) {
            out.put(font, t.offset(), t.length());
            out.position(out.position() + padded(t.length()) - t.length());
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
