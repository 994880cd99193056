package org.fanfold.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.IndexQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming imported works, as on AO3: a user whose account has an imported creator's e-mail address takes that
 * creator's works. Each work is credited to the user's default pseud and no longer names the creator; once no
 * unclaimed creator of the work is left for its archivist, the archivist is no longer credited (nor a creator of
 * its series, when none of their works is left there) and the user becomes a creator of its series. All in one
 * transaction. Thread-safe.
 */
@Service
public class ImportClaims {

    /** What a claim did: how many imported creators and works passed to the user, and the pseud now credited. */
    public record Claimed(int creators, int works, String pseud) {}

    private final ImportedCreators creators;
    private final WorkStore works;
    private final Accounts accounts;
    private final IndexQueue index;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ImportClaims(
            ImportedCreators creators,
            WorkStore works,
            Accounts accounts,
            IndexQueue index,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.creators = creators;
        this.works = works;
        this.accounts = accounts;
        this.index = index;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Claims the imported creators {@code creatorIds} for {@code userId}; those the user may not claim (another
     * e-mail address, claimed already, unknown) are passed over.
     */
    @Transactional
    public Claimed claim(long userId, Collection<Long> creatorIds) {
        Pseud pseud = accounts.defaultPseud(userId);
        Set<Long> claimedWorks = new LinkedHashSet<>();
        int claimed = 0;
        for (long creatorId : new LinkedHashSet<>(creatorIds)) {
            if (!creators.markClaimed(creatorId, userId)) continue;
            claimed++;
            for (long[] row : creators.worksOf(creatorId)) {
                pass(row[0], row[1], userId, pseud);
                claimedWorks.add(row[0]);
            }
        }
        index.enqueue(List.copyOf(claimedWorks));
        for (long workId : claimedWorks) events.publishEvent(new WorkEvents.WorkUpdated(workId));
        return new Claimed(claimed, claimedWorks.size(), pseud.name());
    }

    /** Credits the work to {@code pseud} and, when nothing is left for the archivist there, takes them off it. */
    private void pass(long workId, long archivistUserId, long userId, Pseud pseud) {
        List<Long> credited =
                new ArrayList<>(works.creatorPseudIds(List.of(workId)).getOrDefault(workId, List.of()));
        if (!works.creatorUserIds(List.of(workId))
                .getOrDefault(workId, List.of())
                .contains(userId)) {
            credited.add(pseud.id());
        }
        boolean archivistLeaves =
                archivistUserId != 0 && archivistUserId != userId && !creators.hasUnclaimed(workId, archivistUserId);
        if (archivistLeaves) {
            Set<Long> theirs = new HashSet<>();
            for (Pseud p : accounts.pseuds(archivistUserId)) theirs.add(p.id());
            credited.removeIf(theirs::contains);
        }
        works.setCreators(workId, credited);
        creators.showUnclaimedNames(workId);
        for (long seriesId : seriesOf(workId)) {
            jdbc.sql("INSERT INTO series_creators (series_id, user_id) SELECT ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM series_creators WHERE series_id = ? AND user_id = ?)")
                    .params(seriesId, userId, seriesId, userId)
                    .update();
            if (archivistLeaves && !hasWorksIn(seriesId, archivistUserId)) {
                jdbc.sql("DELETE FROM series_creators WHERE series_id = ? AND user_id = ?")
                        .params(seriesId, archivistUserId)
                        .update();
            }
        }
    }

    private List<Long> seriesOf(long workId) {
        return jdbc.sql("SELECT series_id FROM series_works WHERE work_id = ? ORDER BY series_id")
                .param(workId)
                .query(Long.class)
                .list();
    }

    private boolean hasWorksIn(long seriesId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM series_works sw JOIN creatorships c ON c.work_id = sw.work_id"
                                + " JOIN pseuds p ON p.id = c.pseud_id WHERE sw.series_id = ? AND p.user_id = ?")
                        .params(seriesId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
