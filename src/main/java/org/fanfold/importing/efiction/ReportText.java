package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.importing.efiction.ImportReport.Kind;

/**
 * An {@link ImportReport} as text to keep in the database and read back: one tab-separated record a line
 * ({@code count STORIES 14}, {@code skip ITEM REASON}…), tabs, line breaks and backslashes escaped.
 */
final class ReportText {

    private ReportText() {}

    static String write(ImportReport report) {
        var out = new StringBuilder();
        line(out, "archive", report.archive());
        line(out, "dryrun", report.dryRun() ? "1" : "0");
        if (report.fatal() != null) line(out, "fatal", report.fatal());
        for (Kind k : Kind.values()) line(out, "count", k.name(), String.valueOf(report.count(k)));
        line(out, "already", String.valueOf(report.alreadyImported()));
        for (ImportReport.Skipped s : report.skipped()) line(out, "skip", s.item(), s.reason());
        for (String p : report.problems()) line(out, "problem", p);
        for (String n : report.notes()) line(out, "note", n);
        return out.toString();
    }

    static ImportReport read(String text) {
        List<String[]> records = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.isEmpty()) records.add(fields(line));
        String archive = records.stream()
                .filter(r -> r[0].equals("archive") && r.length > 1)
                .map(r -> r[1])
                .findFirst()
                .orElse("");
        boolean dryRun = records.stream().anyMatch(r -> r[0].equals("dryrun") && r.length > 1 && r[1].equals("1"));
        var report = new ImportReport(archive, dryRun);
        for (String[] r : records) {
            try {
                switch (r[0]) {
                    case "fatal" -> report.fatal(r[1]);
                    case "count" -> report.restore(Kind.valueOf(r[1]), Integer.parseInt(r[2]));
                    case "already" -> report.restoreAlreadyImported(Integer.parseInt(r[1]));
                    case "skip" -> report.skip(r[1], r[2]);
                    case "problem" -> report.problem(r[1]);
                    case "note" -> report.note(r[1]);
                    default -> {} // archive, dryrun; or a record of a later version
                }
            } catch (RuntimeException e) {
                report.note("(a line of this stored report could not be read)");
            }
        }
        return report;
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append('\t');
            out.append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        out.append('\n');
    }

    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                field.append(e == 't' ? '\t' : e == 'n' ? '\n' : e);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
