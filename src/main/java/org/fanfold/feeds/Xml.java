package org.fanfold.feeds;

/** Text as XML 1.0 may carry it: characters XML forbids (most control characters, lone surrogates) left out. */
final class Xml {

    private Xml() {}

    static String text(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            else if (ok && out != null) out.append(c);
        }
        return out == null ? s : out.toString();
    }
}
