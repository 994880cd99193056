package org.fanfold.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.fanfold.shared.FanfoldProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Pseud icons as files in the data directory ({@code icons/pseuds/{id}.{ext}}). An upload is recognized by its
 * first bytes, never by the name or type the browser sent, and only PNG, JPEG, GIF and WebP are kept, so what is
 * served back is always the image type it claims to be. Thread-safe.
 */
@Component
class PseudIcons {

    /** AO3's limit for icons. */
    static final int MAX_BYTES = 500 * 1024;

    /** The image types an icon may be. */
    enum Type {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp");

        final String mediaType;
        final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Optional<Type> ofMediaType(@Nullable String mediaType) {
            return Arrays.stream(values())
                    .filter(t -> t.mediaType.equals(mediaType))
                    .findFirst();
        }
    }

    private final Path dir;

    PseudIcons(FanfoldProperties props) {
        this.dir = props.dataDir().resolve("icons").resolve("pseuds");
    }

    /** The image type of {@code bytes} by their signature, or empty when they are none of the four. */
    static Optional<Type> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(Type.PNG);
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(Type.JPEG);
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a'))
            return Optional.of(Type.GIF);
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P'))
            return Optional.of(Type.WEBP);
        return Optional.empty();
    }

    /** Why {@code bytes} cannot be an icon, or null when they can. */
    static @Nullable String problem(byte[] bytes) {
        if (sniff(bytes).isEmpty()) return "Icon must be a PNG, JPEG, GIF or WebP image.";
        if (bytes.length > MAX_BYTES) {
            return "Icon must be at most " + MAX_BYTES / 1024 + " KB (this one is " + (bytes.length + 1023) / 1024
                    + " KB).";
        }
        return null;
    }

    /**
     * Writes the icon of pseud {@code id}, replacing any earlier one (of any type). The new file appears whole or
     * not at all: it is written beside its place and moved there.
     */
    void store(long id, Type type, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, id + "-", ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, file(id, type), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            for (Type other : Type.values()) if (other != type) Files.deleteIfExists(file(id, other));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the icon of pseud " + id + " in " + dir, e);
        }
    }

    /** Removes pseud {@code id}'s icon, if it has one. */
    void delete(long id) {
        try {
            for (Type type : Type.values()) Files.deleteIfExists(file(id, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the icon of pseud " + id + " in " + dir, e);
        }
    }

    /** The icon file of pseud {@code id} of this type, if it is there. */
    Optional<Path> find(long id, Type type) {
        Path file = file(id, type);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path file(long id, Type type) {
        return dir.resolve(id + "." + type.extension);
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) if ((bytes[offset + i] & 0xFF) != signature[i]) return false;
        return true;
    }
}
