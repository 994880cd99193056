package org.fanfold.importing;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps the warnings authors write ("MCD", "violence", "non-con", "none") to AO3's archive warnings. */
public final class Warnings {

    public static final String CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings";
    public static final String NONE_APPLY = "No Archive Warnings Apply";
    public static final String VIOLENCE = "Graphic Depictions Of Violence";
    public static final String DEATH = "Major Character Death";
    public static final String RAPE = "Rape/Non-Con";
    public static final String UNDERAGE = "Underage Sex";

    private static final Map<String, String> BY_SPELLING = Map.ofEntries(
            Map.entry("creator chose not to use archive warnings", CHOSE_NOT_TO_WARN),
            Map.entry("choose not to use archive warnings", CHOSE_NOT_TO_WARN),
            Map.entry("choose not to warn", CHOSE_NOT_TO_WARN),
            Map.entry("chose not to warn", CHOSE_NOT_TO_WARN),
            Map.entry("cntw", CHOSE_NOT_TO_WARN),
            Map.entry("no archive warnings apply", NONE_APPLY),
            Map.entry("none", NONE_APPLY),
            Map.entry("no warnings", NONE_APPLY),
            Map.entry("n/a", NONE_APPLY),
            Map.entry("graphic depictions of violence", VIOLENCE),
            Map.entry("graphic violence", VIOLENCE),
            Map.entry("violence", VIOLENCE),
            Map.entry("major character death", DEATH),
            Map.entry("character death", DEATH),
            Map.entry("mcd", DEATH),
            Map.entry("rape/non-con", RAPE),
            Map.entry("rape", RAPE),
            Map.entry("non-con", RAPE),
            Map.entry("noncon", RAPE),
            Map.entry("non con", RAPE),
            Map.entry("underage", UNDERAGE),
            Map.entry("underage sex", UNDERAGE));

    private Warnings() {}

    /** The AO3 archive warning {@code value} names, or null when it is some other warning. */
    public static @Nullable String of(String value) {
        String v =
                value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("[.!]+$", "");
        return BY_SPELLING.get(v);
    }
}
