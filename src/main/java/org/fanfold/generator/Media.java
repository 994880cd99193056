package org.fanfold.generator;

import java.util.List;

/**
 * AO3's media categories, and which a generated fandom belongs to, as wranglers would file it: by what its name says
 * ("(TV)", "(Anime & Manga)", "(Video Game)", "(Novels)"; "All Media Types" in books and films both), else by a hash
 * of the name, the same on every run.
 */
final class Media {

    /** AO3's media, by name. */
    static final List<String> NAMES = List.of(
            "Anime & Manga",
            "Books & Literature",
            "Cartoons & Comics & Graphic Novels",
            "Celebrities & Real People",
            "Movies",
            "Music & Bands",
            "Other Media",
            "Theater",
            "TV Shows",
            "Video Games");

    /** When the media tags were made: before any generated work, the same every run (2008-01-01). */
    static final long CREATED_AT = 1_199_145_600_000L;

    private Media() {}

    /** The media a fandom called {@code name} is filed under: one, or two for "All Media Types". */
    static List<String> of(String name) {
        if (name.contains("(TV)")) return List.of("TV Shows");
        if (name.contains("(Anime & Manga)")) return List.of("Anime & Manga");
        if (name.contains("(Video Game)")) return List.of("Video Games");
        if (name.contains("(Novels)")) return List.of("Books & Literature");
        if (name.contains("All Media Types")) return List.of("Books & Literature", "Movies");
        return List.of(NAMES.get(Math.floorMod(name.hashCode(), NAMES.size())));
    }
}
