package org.fanfold.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes zip entries one after another, each with its size and SHA-256 counted as it is written. */
final class ZipSink implements AutoCloseable {

    /** What an entry's writer is handed: the entry's stream, which it must not close. */
    @FunctionalInterface
    interface Writer<T> {
        T write(OutputStream out) throws Exception;
    }

    /** An entry as written: what the writer returned, its size in bytes and its SHA-256 in hex. */
    record Written<T>(T value, long size, String sha256) {}

    private final ZipOutputStream zip;

    ZipSink(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    <T> Written<T> put(String name, Writer<T> writer) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        var counting = new Counting(zip);
        var out = new DigestOutputStream(counting, sha);
        T value = writer.write(out);
        out.flush();
        zip.closeEntry();
        return new Written<>(value, counting.count, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** Counts bytes and shields the zip from being closed by an entry's writer. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
