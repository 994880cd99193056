package org.fanfold.importing.efiction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.Chapter;
import org.fanfold.importing.efiction.EfictionArchive.Review;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.fanfold.shared.Formats;

/**
 * What of an archive no story takes along, reported before the stories are imported: reviews of series and of
 * stories missing from the dump, chapters of missing stories, series nested in series, authors without stories or
 * without an e-mail address.
 */
final class ArchiveChecks {

    private ArchiveChecks() {}

    static void report(EfictionArchive archive, ImportReport report) {
        Set<Long> sids = new HashSet<>();
        Set<Long> uids = new HashSet<>();
        for (Story s : archive.stories()) {
            sids.add(s.sid());
            uids.add(s.uid());
            uids.addAll(archive.coauthors().getOrDefault(s.sid(), List.of()));
        }
        for (Review r : archive.otherReviews()) {
            report.skip(
                    "review " + r.reviewid(),
                    "it is of "
                            + (r.type().equalsIgnoreCase("SE")
                                    ? "a series"
                                    : "something other than a story (type " + r.type() + ")")
                            + "; only reviews of stories become comments");
        }
        archive.reviews().forEach((sid, reviews) -> {
            if (sids.contains(sid)) return;
            for (Review r : reviews) {
                report.skip("review " + r.reviewid(), "its story (sid " + sid + ") is not in the dump");
            }
        });
        archive.chapters().forEach((sid, chapters) -> {
            if (sids.contains(sid)) return;
            for (Chapter c : chapters) {
                report.skip("chapter " + c.chapid(), "its story (sid " + sid + ") is not in the dump");
            }
        });
        archive.seriesParts().values().stream()
                .flatMap(List::stream)
                .filter(e -> e.subseriesid() > 0)
                .forEach((SeriesEntry e) -> report.note("Series " + e.seriesid() + " holds series " + e.subseriesid()
                        + ": series here do not nest, so each stays a series of its own."));
        long without = archive.authors().keySet().stream()
                .filter(uid -> !uids.contains(uid))
                .count();
        if (without > 0) {
            report.note(Formats.number(without) + (without == 1 ? " author has" : " authors have")
                    + " no stories: not imported, as there is nothing of theirs to claim.");
        }
        long noEmail = archive.authors().values().stream()
                .filter(a -> uids.contains(a.uid()))
                .map(Author::email)
                .filter(String::isBlank)
                .count();
        if (noEmail > 0) {
            report.note(Formats.number(noEmail) + (noEmail == 1 ? " author has" : " authors have")
                    + " no e-mail address: their works cannot be claimed by e-mail.");
        }
    }
}
