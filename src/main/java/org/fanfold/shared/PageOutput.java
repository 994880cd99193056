package org.fanfold.shared;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A page rendered straight into one growing array of UTF-8 bytes. jte's {@code Utf8ByteOutput} keeps every piece as
 * an array of its own — each static part and each escaped string, tens of thousands on a listing page — and copies
 * them together at the end; here the static parts (bytes from compile time) are copied in as they come and text is
 * encoded in place, so a page is one array, sent as it is.
 */
final class PageOutput implements TemplateOutput {

    private byte[] bytes;
    private int size;

    PageOutput(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    /** How many bytes the page has. */
    int size() {
        return size;
    }

    /** Writes the page to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** A copy of the page's bytes. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        ensure(endIndex - beginIndex);
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                encode(value, i, endIndex);
                return;
            }
            bytes[size++] = (byte) c;
        }
    }

    /** The rest of the text from the first character beyond ASCII, encoded as the JDK does ('?' for a lone half). */
    private void encode(String value, int from, int to) {
        ensure(3 * (to - from)); // the most a char takes (a pair of surrogates: 4 bytes for 2)
        byte[] b = bytes;
        int n = size;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[n++] = '?';
            }
        }
        size = n;
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    private void ensure(int more) {
        if (bytes.length - size >= more) return;
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
