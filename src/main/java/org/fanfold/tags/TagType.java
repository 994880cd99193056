package org.fanfold.tags;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** AO3's tag types; the name is what the database and the search index store. */
public enum TagType {
    RATING("Rating", "Rating", "Ratings", "rating"),
    ARCHIVE_WARNING("ArchiveWarning", "Archive Warning", "Archive Warnings", "warning"),
    CATEGORY("Category", "Category", "Categories", "category"),
    FANDOM("Fandom", "Fandom", "Fandoms", "fandom"),
    RELATIONSHIP("Relationship", "Relationship", "Relationships", "relationship"),
    CHARACTER("Character", "Character", "Characters", "character"),
    FREEFORM("Freeform", "Additional Tags", "Additional Tags", "freeform"),
    MEDIA("Media", "Media", "Media", "media");

    private final String dbName;
    private final String label;
    private final String plural;
    private final String cssClass;

    TagType(String dbName, String label, String plural, String cssClass) {
        this.dbName = dbName;
        this.label = label;
        this.plural = plural;
        this.cssClass = cssClass;
    }

    /** The stored name: Rating, ArchiveWarning, Category, Fandom, Relationship, Character, Freeform, Media. */
    public String dbName() {
        return dbName;
    }

    /** The heading AO3 shows: "Archive Warning", "Additional Tags"… */
    public String label() {
        return label;
    }

    /** One tag's type as a sentence names it: "Character", "Archive Warning", "Additional Tag"… */
    public String singular() {
        return this == FREEFORM ? "Additional Tag" : label;
    }

    /** A tag of this type in a sentence, with its article: "a Character tag", "an Additional Tag"… */
    public String aTag() {
        String s = singular();
        return article(s) + " " + s + (s.endsWith(" Tag") ? "" : " tag");
    }

    /** The indefinite article before {@code word}: "an" before a vowel, "a" otherwise. */
    public static String article(String word) {
        return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The heading of a list of them, as the filter sidebar shows it: "Ratings", "Categories", "Additional Tags"… */
    public String plural() {
        return plural;
    }

    /** AO3's class for the tag list: {@code dd.warning.tags}, {@code dd.freeform.tags}… */
    public String cssClass() {
        return cssClass;
    }

    /** AO3's key in filter parameters: {@code include_work_search[archive_warning_ids][]}… */
    public String filterKey() {
        return this == ARCHIVE_WARNING ? "archive_warning" : cssClass;
    }

    /** The type a work's user-entered tags can have (not ratings, warnings or categories, which are fixed). */
    public boolean userEntered() {
        return this == FANDOM || this == RELATIONSHIP || this == CHARACTER || this == FREEFORM;
    }

    public static TagType fromDb(String name) {
        for (TagType t : values()) if (t.dbName.equals(name)) return t;
        throw new IllegalArgumentException("unknown tag type " + name);
    }

    /** Reads a type from a URL or form value ("fandom", "Freeform", "additional"); null when unknown. */
    public static @Nullable TagType parse(@Nullable String value) {
        if (value == null) return null;
        String v = value.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        for (TagType t : values()) {
            if (t.dbName.toLowerCase(Locale.ROOT).equals(v) || t.cssClass.equals(v)) return t;
        }
        return switch (v) {
            case "additional", "additionaltags", "additionaltag" -> FREEFORM;
            case "archivewarnings", "warnings" -> ARCHIVE_WARNING;
            case "pairing", "relationships" -> RELATIONSHIP;
            case "characters" -> CHARACTER;
            case "fandoms" -> FANDOM;
            default -> null;
        };
    }
}
