package org.fanfold.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.IndexQueue;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-creators, as on AO3: a creator credits a work to any of their own pseuds, and invites other users' pseuds by
 * byline. An invitation ({@code creatorship_invitations}) gives nothing: the work does not name the invitee, who
 * cannot edit it or see it as a draft, until they accept on their co-creator requests page; then they are a creator
 * like the others ({@code creatorships}), and may edit the work or remove themselves from it. Declining deletes the
 * invitation. Inviting publishes {@link WorkEvents.CoCreatorsInvited}, so the invitees hear of it. Thread-safe.
 */
@Component
public class CoCreators {

    /** A co-creator request as its invitee sees it. */
    public record Invitation(
            long workId,
            String workTitle,
            boolean posted,
            Pseud pseud,
            @Nullable String invitedBy,
            long createdAt) {

        public String workUrl() {
            return "/works/" + workId;
        }
    }

    /** Credits checked against the accounts: the poster's pseuds to credit, and the pseuds to invite. */
    record Resolved(List<Long> ownPseudIds, List<Pseud> invitees) {}

    private final JdbcClient jdbc;
    private final WorkStore works;
    private final Accounts accounts;
    private final IndexQueue index;
    private final ApplicationEventPublisher events;

    CoCreators(
            JdbcClient jdbc, WorkStore works, Accounts accounts, IndexQueue index, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.works = works;
        this.accounts = accounts;
        this.index = index;
        this.events = events;
    }

    /**
     * Checks {@code credits} for {@code userId}; problems go into {@code errors} ({@code pseuds}, {@code coCreators}).
     * No pseud chosen means {@code fallback}: the pseuds the user is credited with already, or their default pseud.
     * A byline naming one of the user's own pseuds credits it directly.
     */
    Resolved resolve(long userId, Credits credits, List<Long> fallback, Map<String, String> errors) {
        Set<Long> mine = new HashSet<>();
        for (Pseud p : accounts.pseuds(userId)) mine.add(p.id());
        Set<Long> own = new LinkedHashSet<>();
        for (long id : credits.pseudIds()) {
            if (mine.contains(id)) own.add(id);
            else errors.put("pseuds", "You can only credit a work to your own pseuds.");
        }
        if (credits.pseudIds().isEmpty()) {
            own.addAll(fallback.stream().filter(mine::contains).toList());
            if (own.isEmpty()) own.add(accounts.defaultPseud(userId).id());
        }
        List<Pseud> invitees = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String byline : credits.coCreators()) {
            List<Pseud> found = accounts.pseudsByByline(byline);
            if (found.isEmpty()) {
                problems.add("Could not find a pseud " + byline + ".");
            } else if (found.size() > 1) {
                problems.add("The pseud " + byline + " is ambiguous: add its user's login, as in \""
                        + found.getFirst().byline() + "\".");
            } else if (found.getFirst().userId() == userId) {
                own.add(found.getFirst().id());
            } else if (invitees.stream()
                    .noneMatch(p -> p.id() == found.getFirst().id())) {
                invitees.add(found.getFirst());
            }
        }
        if (!problems.isEmpty()) errors.put("coCreators", String.join(" ", problems));
        return new Resolved(List.copyOf(own), invitees);
    }

    /**
     * Credits the work to {@code userId}'s chosen pseuds in place of their others (other creators keep their places)
     * and invites the rest; call inside the work's transaction. Returns whether the credited pseuds changed.
     */
    boolean apply(long workId, long userId, Resolved resolved, long now) {
        List<Long> current = works.creatorPseudIds(List.of(workId)).getOrDefault(workId, List.of());
        Set<Long> mine = new HashSet<>();
        for (Pseud p : accounts.pseuds(userId)) mine.add(p.id());
        List<Long> credited = new ArrayList<>();
        boolean placed = false;
        for (long p : current) {
            if (!mine.contains(p)) credited.add(p);
            else if (!placed) {
                credited.addAll(resolved.ownPseudIds());
                placed = true;
            }
        }
        if (!placed) credited.addAll(0, resolved.ownPseudIds());
        boolean changed = !credited.equals(current);
        if (changed) works.setCreators(workId, credited);
        Set<Long> pending = new HashSet<>(invitedPseudIds(workId));
        Set<Long> invitees = new LinkedHashSet<>();
        for (Pseud p : resolved.invitees()) {
            if (credited.contains(p.id()) || pending.contains(p.id())) continue;
            jdbc.sql("INSERT INTO creatorship_invitations (work_id, pseud_id, invited_by_user_id, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(workId, p.id(), userId, now)
                    .update();
            invitees.add(p.userId());
        }
        if (!invitees.isEmpty())
            events.publishEvent(new WorkEvents.CoCreatorsInvited(workId, List.copyOf(invitees), userId));
        return changed;
    }

    /** The pseuds invited to {@code workId} who have not answered yet. */
    public List<Pseud> invited(long workId) {
        List<Long> ids = invitedPseudIds(workId);
        var byId = accounts.pseudsByIds(ids);
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    /** {@code userId}'s co-creator requests, newest first. */
    public List<Invitation> invitationsFor(long userId) {
        record Row(
                long workId,
                String title,
                boolean posted,
                long pseudId,
                @Nullable String by,
                long at) {}
        List<Row> rows = jdbc.sql("SELECT i.work_id, w.title, w.posted, i.pseud_id, u.login, i.created_at"
                        + " FROM creatorship_invitations i JOIN works w ON w.id = i.work_id"
                        + " JOIN pseuds p ON p.id = i.pseud_id LEFT JOIN users u ON u.id = i.invited_by_user_id"
                        + " WHERE p.user_id = ? ORDER BY i.created_at DESC, i.work_id DESC")
                .param(userId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3) == 1,
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .list();
        var pseuds = accounts.pseudsByIds(rows.stream().map(Row::pseudId).toList());
        return rows.stream()
                .filter(r -> pseuds.containsKey(r.pseudId()))
                .map(r -> new Invitation(r.workId(), r.title(), r.posted(), pseuds.get(r.pseudId()), r.by(), r.at()))
                .toList();
    }

    /**
     * Accepts {@code userId}'s requests on these works: their invited pseuds join the works' creators, after those
     * already credited. Returns the works accepted (requests that do not exist are skipped).
     */
    @Transactional
    public List<Long> accept(long userId, Collection<Long> workIds) {
        List<Long> accepted = new ArrayList<>();
        for (long workId : new LinkedHashSet<>(workIds)) {
            List<Long> pseudIds = invitedPseudIds(workId, userId);
            if (pseudIds.isEmpty()) continue;
            List<Long> credited =
                    new ArrayList<>(works.creatorPseudIds(List.of(workId)).getOrDefault(workId, List.of()));
            for (long p : pseudIds) if (!credited.contains(p)) credited.add(p);
            works.setCreators(workId, credited);
            deleteInvitations(workId, userId);
            index.enqueue(workId);
            accepted.add(workId);
        }
        return accepted;
    }

    /** Declines {@code userId}'s requests on these works; returns how many there were. */
    @Transactional
    public int decline(long userId, Collection<Long> workIds) {
        int declined = 0;
        for (long workId : new LinkedHashSet<>(workIds)) declined += deleteInvitations(workId, userId);
        return declined;
    }

    /**
     * Takes the viewer off the work's creators ("Remove Me As Co-Creator").
     *
     * @throws NotFoundException when the viewer is not a creator of the work
     * @throws WorkRejected when nobody else would be left credited
     */
    @Transactional
    public void removeCreator(long workId, Viewer viewer) {
        Long userId = viewer.userId();
        works.find(workId).orElseThrow(() -> new NotFoundException("work " + workId));
        List<Long> users = works.creatorUserIds(List.of(workId)).getOrDefault(workId, List.of());
        if (userId == null || !users.contains(userId)) throw new NotFoundException("creatorship of work " + workId);
        if (users.stream().allMatch(userId::equals)) {
            throw new WorkRejected(Map.of(
                    "creators",
                    "You cannot remove yourself as co-creator of this work because you are the only listed creator."
                            + " If you have invited another co-creator, you must wait for them to accept before you"
                            + " can remove yourself."));
        }
        jdbc.sql("DELETE FROM creatorships WHERE work_id = ? AND pseud_id IN (SELECT id FROM pseuds WHERE user_id = ?)")
                .params(workId, userId)
                .update();
        index.enqueue(workId);
    }

    /** Moves what {@code from} is credited with or invited to onto {@code to} (a deleted pseud's works). */
    void move(long from, long to) {
        List<Long> workIds = jdbc.sql("SELECT work_id FROM creatorships WHERE pseud_id = ?")
                .param(from)
                .query(Long.class)
                .list();
        for (String table : List.of("creatorships", "creatorship_invitations")) {
            jdbc.sql("DELETE FROM " + table + " WHERE pseud_id = ? AND work_id IN (SELECT work_id FROM " + table
                            + " WHERE pseud_id = ?)")
                    .params(from, to)
                    .update();
            jdbc.sql("UPDATE " + table + " SET pseud_id = ? WHERE pseud_id = ?")
                    .params(to, from)
                    .update();
        }
        index.enqueue(workIds);
    }

    /** Asks for the works credited to {@code pseudId} to be reindexed (its name is in their documents). */
    void reindexWorksOf(long pseudId) {
        index.enqueue(jdbc.sql("SELECT work_id FROM creatorships WHERE pseud_id = ?")
                .param(pseudId)
                .query(Long.class)
                .list());
    }

    private List<Long> invitedPseudIds(long workId) {
        return jdbc.sql("SELECT pseud_id FROM creatorship_invitations WHERE work_id = ? ORDER BY created_at, pseud_id")
                .param(workId)
                .query(Long.class)
                .list();
    }

    private List<Long> invitedPseudIds(long workId, long userId) {
        return jdbc.sql("SELECT i.pseud_id FROM creatorship_invitations i JOIN pseuds p ON p.id = i.pseud_id"
                        + " WHERE i.work_id = ? AND p.user_id = ? ORDER BY i.created_at, i.pseud_id")
                .params(workId, userId)
                .query(Long.class)
                .list();
    }

    private int deleteInvitations(long workId, long userId) {
        return jdbc.sql("DELETE FROM creatorship_invitations WHERE work_id = ?"
                        + " AND pseud_id IN (SELECT id FROM pseuds WHERE user_id = ?)")
                .params(workId, userId)
                .update();
    }
}
