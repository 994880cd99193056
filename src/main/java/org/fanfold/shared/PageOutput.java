package org.fanfold.shared;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
                // the rest as the JDK encodes it (surrogate pairs, and '?' for a lone surrogate)
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[size++] = (byte) c;
        }
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
