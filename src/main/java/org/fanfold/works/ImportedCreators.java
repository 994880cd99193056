package org.fanfold.works;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.IdChunks;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The creators of works imported from other archives, who have no account here: AO3's external authors. An
 * archivist's pseud holds such a work and the work names its imported creators ({@code works.imported_author}, shown
 * as "NAME [archived by ARCHIVIST]"). Thread-safe; writes join the caller's transaction.
 */
@Component
public class ImportedCreators {

    /**
     * An imported creator to record.
     *
     * @param email their e-mail address on the old archive, or null: without one they cannot claim their works
     * @param sourceArchive what identifies the old archive (its address), so an import run again finds them
     * @param sourceName the old archive's name, for people to read
     * @param sourceKey their id on the old archive
     */
    public record NewCreator(
            String name, @Nullable String email, String sourceArchive, String sourceName, String sourceKey) {}

    /** An imported creator's id, and whether this call recorded them (false: they were there already). */
    public record Found(long id, boolean created) {}

    /** A work credited to an imported creator. */
    public record CreditedWork(long id, String title) {

        public String url() {
            return "/works/" + id;
        }
    }

    /** An imported creator someone may claim, with the works that would pass to them. */
    public record Claimable(long id, String name, String sourceName, List<CreditedWork> works) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    ImportedCreators(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The imported creator {@code creator} describes: the one recorded before for that archive and id, or a new one. */
    public Found findOrCreate(NewCreator creator) {
        Optional<Long> existing = jdbc.sql(
                        "SELECT id FROM imported_creators WHERE source_archive = ? AND source_key = ?")
                .params(creator.sourceArchive(), creator.sourceKey())
                .query(Long.class)
                .optional();
        if (existing.isPresent()) return new Found(existing.get(), false);
        String email = creator.email() == null || creator.email().isBlank()
                ? null
                : creator.email().strip();
        long id = jdbc.sql("INSERT INTO imported_creators (name, email, email_key, source_archive, source_name,"
                        + " source_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        clip(creator.name().strip(), 255),
                        email == null ? null : clip(email, 254),
                        email == null ? null : clip(email.toLowerCase(Locale.ROOT), 254),
                        clip(creator.sourceArchive(), 255),
                        clip(creator.sourceName(), 255),
                        creator.sourceKey(),
                        clock.millis())
                .query(Long.class)
                .single();
        return new Found(id, true);
    }

    /** The names of these imported creators, in the order given; unknown ids are skipped. */
    List<String> names(List<Long> ids) {
        Map<Long, String> byId = new LinkedHashMap<>();
        IdChunks.forEach(
                ids,
                in -> jdbc.sql("SELECT id, name FROM imported_creators WHERE id IN (" + in + ")")
                        .query(rs -> {
                            byId.put(rs.getLong(1), rs.getString(2));
                        }));
        return ids.stream().map(byId::get).filter(n -> n != null).toList();
    }

    /** Credits a new work to imported creators, archived by {@code archivistUserId}; sets the name it shows. */
    void credit(long workId, List<Long> ids, long archivistUserId) {
        int position = 0;
        for (long id : ids.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO imported_creatorships (work_id, imported_creator_id, archivist_user_id, position)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(workId, id, archivistUserId, position++)
                    .update();
        }
        showUnclaimedNames(workId);
    }

    /** The imported creators {@code userId} may claim: unclaimed, with the e-mail address of their account. */
    public List<Claimable> claimableBy(long userId) {
        String emailKey = emailKey(userId);
        if (emailKey == null) return List.of();
        record Row(long id, String name, String source) {}
        List<Row> rows = jdbc.sql("SELECT id, name, source_name FROM imported_creators WHERE email_key = ?"
                        + " AND claimed_by_user_id IS NULL ORDER BY source_name, name, id")
                .param(emailKey)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        List<Claimable> out = new ArrayList<>();
        for (Row r : rows) {
            List<CreditedWork> works = jdbc.sql("SELECT w.id, w.title FROM imported_creatorships ic"
                            + " JOIN works w ON w.id = ic.work_id WHERE ic.imported_creator_id = ?"
                            + " ORDER BY w.title, w.id")
                    .param(r.id())
                    .query((rs, n) -> new CreditedWork(rs.getLong(1), rs.getString(2)))
                    .list();
            out.add(new Claimable(r.id(), r.name(), r.source(), works));
        }
        return out;
    }

    /** How many imported creators {@code userId} may claim. */
    public int claimableCount(long userId) {
        String emailKey = emailKey(userId);
        if (emailKey == null) return 0;
        return jdbc.sql("SELECT COUNT(*) FROM imported_creators WHERE email_key = ? AND claimed_by_user_id IS NULL")
                .param(emailKey)
                .query(Integer.class)
                .single();
    }

    /** Marks an imported creator claimed by {@code userId} if they may claim it; returns whether they could. */
    boolean markClaimed(long creatorId, long userId) {
        String emailKey = emailKey(userId);
        if (emailKey == null) return false;
        return jdbc.sql("UPDATE imported_creators SET claimed_by_user_id = ?, claimed_at = ? WHERE id = ?"
                                + " AND email_key = ? AND claimed_by_user_id IS NULL")
                        .params(userId, clock.millis(), creatorId, emailKey)
                        .update()
                > 0;
    }

    /** The works of an imported creator, each with the account that archived it (null if since deleted). */
    List<long[]> worksOf(long creatorId) {
        return jdbc.sql("SELECT work_id, archivist_user_id FROM imported_creatorships WHERE imported_creator_id = ?"
                        + " ORDER BY work_id")
                .param(creatorId)
                .query((rs, n) -> {
                    long archivist = rs.getLong(2);
                    return new long[] {rs.getLong(1), rs.wasNull() ? 0 : archivist};
                })
                .list();
    }

    /** Whether the work still names an imported creator nobody has claimed, archived by {@code archivistUserId}. */
    boolean hasUnclaimed(long workId, long archivistUserId) {
        return jdbc.sql("SELECT COUNT(*) FROM imported_creatorships ic JOIN imported_creators c"
                                + " ON c.id = ic.imported_creator_id WHERE ic.work_id = ? AND ic.archivist_user_id = ?"
                                + " AND c.claimed_by_user_id IS NULL")
                        .params(workId, archivistUserId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Sets the name a work shows for its imported creators: those not claimed yet, or none. */
    void showUnclaimedNames(long workId) {
        List<String> names = jdbc.sql("SELECT c.name FROM imported_creatorships ic JOIN imported_creators c"
                        + " ON c.id = ic.imported_creator_id WHERE ic.work_id = ? AND c.claimed_by_user_id IS NULL"
                        + " ORDER BY ic.position, c.id")
                .param(workId)
                .query(String.class)
                .list();
        String shown = names.isEmpty() ? null : clip(String.join(", ", names), 255);
        jdbc.sql("UPDATE works SET imported_author = ? WHERE id = ?")
                .params(shown, workId)
                .update();
    }

    private @Nullable String emailKey(long userId) {
        return accounts.byId(userId)
                .map(User::email)
                .filter(e -> !e.isBlank())
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .orElse(null);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
