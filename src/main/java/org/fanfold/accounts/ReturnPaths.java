package org.fanfold.accounts;

/** Where the archive may send a browser back to: paths on this site only, never another site (no open redirects). */
public final class ReturnPaths {

    private ReturnPaths() {}

    /** Whether {@code path} is a root-relative path on this site ("/works?page=2", not "//evil" or "https://…"). */
    public static boolean isLocal(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20);
    }
}
