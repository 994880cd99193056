package org.fanfold.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Copies of a backup with something changed in them, for tests of what a restore does with bad archives. */
public final class ArchiveEdits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveEdits() {}

    /** A copy whose manifest {@code change} edits. */
    public static Path manifest(Path in, Path out, Consumer<ObjectNode> change) throws IOException {
        Map<String, byte[]> entries = read(in);
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        change.accept(manifest);
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return write(entries, out);
    }

    /**
     * A copy in which row {@code row} (from 1) of table {@code table} has column {@code column} set to
     * {@code value}, its checksum brought up to date so only the database can object.
     */
    public static Path row(Path in, Path out, String table, long row, String column, long value) throws IOException {
        Map<String, byte[]> entries = read(in);
        String name = "database/" + table + ".jsonl";
        List<String> lines = new ArrayList<>(
                new String(entries.get(name), StandardCharsets.UTF_8).lines().toList());
        JsonNode header = JSON.readTree(lines.getFirst());
        int index = 0;
        while (!header.get("columns").get(index).get("name").asString().equals(column)) index++;
        ArrayNode values = (ArrayNode) JSON.readTree(lines.get((int) row));
        values.set(index, value);
        lines.set((int) row, JSON.writeValueAsString(values));
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        entries.put(name, bytes);
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        for (JsonNode t : manifest.get("tables")) {
            if (t.get("entry").asString().equals(name)) ((ObjectNode) t).put("sha256", sha256(bytes));
        }
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return write(entries, out);
    }

    /** A copy with one byte of entry {@code name} changed and its checksum left as it was. */
    public static Path damage(Path in, Path out, String name) throws IOException {
        Map<String, byte[]> entries = read(in);
        byte[] bytes = entries.get(name).clone();
        bytes[bytes.length / 2] ^= 0x20;
        entries.put(name, bytes);
        return write(entries, out);
    }

    private static Map<String, byte[]> read(Path in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    private static Path write(Map<String, byte[]> entries, Path out) throws IOException {
        try (OutputStream file = Files.newOutputStream(out);
                var zip = new ZipOutputStream(file)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
