package org.fanfold.importing.efiction;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The eFiction tables an import reads, by the name after the archive's prefix ({@code fanfiction_stories} →
 * {@code stories}), with their columns in eFiction 3.5's order: eFiction's own backups write rows without column
 * names or CREATE TABLE, so the order is all there is. {@code warnings} and {@code genres} are eFiction 3.0's, which
 * later versions replaced with classes; {@code settings} gives the archive's name, address, language and story folder.
 */
final class EfictionSchema {

    static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry(
                    "authors",
                    List.of(
                            "uid",
                            "penname",
                            "realname",
                            "email",
                            "website",
                            "bio",
                            "image",
                            "date",
                            "admincreated",
                            "password")),
            Map.entry(
                    "stories",
                    List.of(
                            "sid",
                            "title",
                            "summary",
                            "storynotes",
                            "catid",
                            "classes",
                            "charid",
                            "rid",
                            "date",
                            "updated",
                            "uid",
                            "coauthors",
                            "featured",
                            "validated",
                            "completed",
                            "rr",
                            "wordcount",
                            "rating",
                            "reviews",
                            "count",
                            "challenges")),
            Map.entry(
                    "chapters",
                    List.of(
                            "chapid",
                            "title",
                            "inorder",
                            "notes",
                            "storytext",
                            "endnotes",
                            "validated",
                            "wordcount",
                            "rating",
                            "reviews",
                            "sid",
                            "uid",
                            "count")),
            Map.entry(
                    "series",
                    List.of(
                            "seriesid",
                            "title",
                            "summary",
                            "uid",
                            "isopen",
                            "catid",
                            "classes",
                            "rating",
                            "warnings",
                            "genres",
                            "characters",
                            "reviews",
                            "challenges",
                            "numstories")),
            Map.entry("inseries", List.of("seriesid", "sid", "subseriesid", "confirmed", "inorder")),
            Map.entry(
                    "categories",
                    List.of(
                            "catid",
                            "parentcatid",
                            "category",
                            "description",
                            "image",
                            "locked",
                            "leveldown",
                            "displayorder",
                            "numitems")),
            Map.entry("characters", List.of("charid", "catid", "charname", "bio", "image")),
            Map.entry("classes", List.of("class_id", "class_type", "class_name")),
            Map.entry("classtypes", List.of("classtype_id", "classtype_name", "classtype_title")),
            Map.entry("ratings", List.of("rid", "rating", "ratingwarning", "warningtext")),
            Map.entry(
                    "reviews",
                    List.of(
                            "reviewid",
                            "item",
                            "chapid",
                            "reviewer",
                            "uid",
                            "review",
                            "date",
                            "rating",
                            "respond",
                            "type")),
            Map.entry("coauthors", List.of("sid", "uid")),
            Map.entry("warnings", List.of("wid", "warning")),
            Map.entry("genres", List.of("gid", "genre")),
            Map.entry(
                    "settings",
                    List.of(
                            "sitekey",
                            "sitename",
                            "slogan",
                            "url",
                            "siteemail",
                            "tableprefix",
                            "skin",
                            "hiddenskins",
                            "language",
                            "submissionsoff",
                            "storiespath",
                            "store")));

    private EfictionSchema() {}

    /** The table {@code table} names once its prefix is taken off ({@code fanfiction_stories} → "stories"), or null. */
    static @Nullable String kind(String table) {
        for (String kind : TABLES.keySet()) {
            if (table.endsWith(kind)) return longest(table, kind);
        }
        return null;
    }

    /** Whether the import reads {@code table} (lower case). */
    static boolean wanted(String table) {
        return kind(table) != null;
    }

    /**
     * The usual columns of {@code table}, or null for a table the import does not read. Of the settings table, which
     * has some fifty more that differ between versions, only the first.
     */
    static DumpTables.@Nullable Columns defaultColumns(String table) {
        String kind = kind(table);
        if (kind == null) return null;
        return new DumpTables.Columns(TABLES.get(kind), kind.equals("settings"));
    }

    /** "classtypes" ends with "types", not "classes"; "inseries" ends with "series": the longest kind wins. */
    private static String longest(String table, String found) {
        String best = found;
        for (String kind : TABLES.keySet()) {
            if (table.endsWith(kind) && kind.length() > best.length()) best = kind;
        }
        return best;
    }
}
