package org.fanfold.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The languages a work can be in: code → name as the archive shows it (AO3's list, most used first). */
public final class Languages {

    public static final Map<String, String> ALL = build();

    private Languages() {}

    private static Map<String, String> build() {
        var m = new LinkedHashMap<String, String>();
        m.put("en", "English");
        m.put("zh", "中文-普通话 國語");
        m.put("es", "Español");
        m.put("ru", "Русский");
        m.put("fr", "Français");
        m.put("de", "Deutsch");
        m.put("pt-BR", "Português brasileiro");
        m.put("it", "Italiano");
        m.put("ja", "日本語");
        m.put("ko", "한국어");
        m.put("pl", "Polski");
        m.put("id", "Bahasa Indonesia");
        m.put("vi", "Tiếng Việt");
        m.put("nl", "Nederlands");
        m.put("tr", "Türkçe");
        m.put("uk", "Українська");
        m.put("sv", "Svenska");
        m.put("fi", "Suomi");
        m.put("cs", "Čeština");
        m.put("hu", "Magyar");
        m.put("pt-PT", "Português europeu");
        m.put("ca", "Català");
        m.put("da", "Dansk");
        m.put("nb", "Norsk bokmål");
        m.put("ro", "Română");
        m.put("el", "Ελληνικά");
        m.put("he", "עברית");
        m.put("ar", "العربية");
        m.put("fa", "فارسی");
        m.put("th", "ไทย");
        m.put("tl", "Filipino");
        m.put("la", "Lingua latina");
        m.put("eo", "Esperanto");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static boolean known(@Nullable String code) {
        return code != null && ALL.containsKey(code);
    }

    public static String name(String code) {
        return ALL.getOrDefault(code, code);
    }

    /** Finds a code by code or by name, case-insensitively ("English", "en"); null when unknown. */
    public static @Nullable String lookup(@Nullable String codeOrName) {
        if (codeOrName == null) return null;
        String s = codeOrName.strip();
        for (var e : ALL.entrySet()) {
            if (e.getKey().equalsIgnoreCase(s) || e.getValue().equalsIgnoreCase(s)) return e.getKey();
        }
        return null;
    }

    /** Right-to-left languages, for the {@code dir} attribute of their text. */
    public static boolean rightToLeft(String code) {
        return code.equals("ar") || code.equals("he") || code.equals("fa");
    }
}
