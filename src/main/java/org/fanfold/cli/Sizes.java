package org.fanfold.cli;

/** Byte counts as people read them: "812 bytes", "4.2 KB", "1.3 MB", "2.0 GB". */
final class Sizes {

    private Sizes() {}

    static String of(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int unit = -1;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format("%.1f %s", v, units[unit]);
    }
}
