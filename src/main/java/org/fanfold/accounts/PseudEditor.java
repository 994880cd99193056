package org.fanfold.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.WordCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates, changes and deletes pseuds with AO3's rules: names of 1–40 letters, numbers, spaces, underscores and
 * dashes, unique per user; one default pseud per user; the default pseud and the one named like the login can't be
 * deleted (nor the latter renamed); a deleted pseud's works go to the default pseud. Each call is one transaction:
 * on any error nothing is written. Thread-safe.
 */
@Service
public class PseudEditor {

    static final int NAME_MAX = 40;
    static final int DESCRIPTION_MAX = 500;
    static final int ALT_MAX = 250;
    static final int COMMENT_MAX = 50;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}_ -]+");
    private static final Pattern ALNUM = Pattern.compile("[\\p{L}\\p{N}]");

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PseudIcons icons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PseudEditor(JdbcClient jdbc, Accounts accounts, PseudIcons icons, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.icons = icons;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new pseud for {@code user}, with {@code icon} (the uploaded file's bytes, or null for none).
     *
     * @throws AccountException naming each wrong field
     */
    @Transactional
    public Pseud create(User user, PseudForm form, byte @Nullable [] icon) {
        Map<String, String> errors = check(user, null, form, icon);
        if (!errors.isEmpty()) throw new AccountException(errors);
        long now = clock.millis();
        long id = jdbc.sql("INSERT INTO pseuds (user_id, name, name_key, is_default, description, icon_alt_text,"
                        + " icon_comment, created_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?) RETURNING id")
                .params(
                        user.id(),
                        form.name(),
                        key(form.name()),
                        UserHtml.sanitizeRichText(form.description()),
                        form.iconAltText(),
                        form.iconComment(),
                        now)
                .query(Long.class)
                .single();
        if (form.makeDefault()) makeDefault(user.id(), id);
        if (icon != null && icon.length > 0) storeIcon(id, icon, now);
        return find(id);
    }

    /**
     * Changes {@code pseud}: its name, description, default status and icon ({@code icon} replaces it; null keeps it,
     * unless the form asks to delete it).
     *
     * @throws AccountException naming each wrong field
     */
    @Transactional
    public Pseud update(Pseud pseud, PseudForm form, byte @Nullable [] icon) {
        User user = accounts.byId(pseud.userId()).orElseThrow();
        Map<String, String> errors = check(user, pseud, form, icon);
        if (!errors.isEmpty()) throw new AccountException(errors);
        long now = clock.millis();
        jdbc.sql("UPDATE pseuds SET name = ?, name_key = ?, description = ?, icon_alt_text = ?, icon_comment = ?"
                        + " WHERE id = ?")
                .params(
                        form.name(),
                        key(form.name()),
                        UserHtml.sanitizeRichText(form.description()),
                        form.iconAltText(),
                        form.iconComment(),
                        pseud.id())
                .update();
        if (form.makeDefault() && !pseud.isDefault()) makeDefault(user.id(), pseud.id());
        if (!form.name().equals(pseud.name())) events.publishEvent(new PseudEvents.PseudRenamed(pseud.id()));
        if (icon != null && icon.length > 0) {
            storeIcon(pseud.id(), icon, now);
        } else if (form.deleteIcon() && pseud.hasIcon()) {
            jdbc.sql("UPDATE pseuds SET icon_type = NULL, icon_updated_at = ? WHERE id = ?")
                    .params(now, pseud.id())
                    .update();
            afterCommit(() -> icons.delete(pseud.id()));
        }
        return find(pseud.id());
    }

    /**
     * Deletes {@code pseud}; what it was credited with moves to the default pseud (see
     * {@link PseudEvents.PseudDeleting}).
     *
     * @throws AccountException when it is the default pseud or the one named like the login
     */
    @Transactional
    public void delete(Pseud pseud) {
        String refusal = deletionRefusal(pseud);
        if (refusal != null) throw new AccountException(Map.of("pseud", refusal));
        Pseud fallback = accounts.defaultPseud(pseud.userId());
        events.publishEvent(new PseudEvents.PseudDeleting(pseud.id(), pseud.userId(), fallback.id()));
        jdbc.sql("DELETE FROM pseuds WHERE id = ?").param(pseud.id()).update();
        afterCommit(() -> icons.delete(pseud.id()));
    }

    /** Why {@code pseud} can't be deleted, or null when it can. */
    static @Nullable String deletionRefusal(Pseud pseud) {
        if (pseud.isDefault()) return "You cannot delete your default pseudonym, sorry!";
        if (pseud.matchesLogin()) return "You cannot delete the pseud matching your username, sorry!";
        return null;
    }

    private Map<String, String> check(User user, @Nullable Pseud editing, PseudForm form, byte @Nullable [] icon) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name();
        if (editing != null && editing.matchesLogin()) {
            if (!name.equalsIgnoreCase(editing.name()))
                errors.put("name", "You cannot change the name of the pseud matching your username.");
        } else if (editing == null || !name.equals(editing.name())) {
            String problem = nameProblem(user, editing, name);
            if (problem != null) errors.put("name", problem);
        }
        int description = WordCounter.plainText(UserHtml.sanitizeRichText(form.description()))
                .length();
        if (description > DESCRIPTION_MAX) {
            errors.put(
                    "description",
                    "Description must be at most " + DESCRIPTION_MAX + " characters long (it has " + description
                            + ").");
        }
        if (form.iconAltText().length() > ALT_MAX) {
            errors.put("iconAltText", "Icon alt text must be at most " + ALT_MAX + " characters long.");
        }
        if (form.iconComment().length() > COMMENT_MAX) {
            errors.put("iconComment", "Icon comment text must be at most " + COMMENT_MAX + " characters long.");
        }
        if (icon != null && icon.length > 0) {
            String problem = PseudIcons.problem(icon);
            if (problem != null) errors.put("icon", problem);
        }
        return errors;
    }

    private @Nullable String nameProblem(User user, @Nullable Pseud editing, String name) {
        if (name.isEmpty()) return "Please enter a name.";
        if (name.length() > NAME_MAX)
            return "Name must be at most " + NAME_MAX + " characters long (it has " + name.length() + ").";
        if (!NAME.matcher(name).matches()) return "Name can contain letters, numbers, spaces, underscores, and dashes.";
        if (!ALNUM.matcher(name).find()) return "Name must contain at least one letter or number.";
        if (key(name).equals("new")) return "\"new\" can't be a pseud's name: its page would be the new pseud form.";
        Optional<Pseud> same = accounts.pseud(user.login(), name);
        if (same.isPresent() && (editing == null || same.get().id() != editing.id()))
            return "You already have a pseud with that name.";
        return null;
    }

    /** Runs {@code action} once the current transaction has committed (files follow the database, not lead it). */
    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private void makeDefault(long userId, long pseudId) {
        jdbc.sql("UPDATE pseuds SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE user_id = ?")
                .params(pseudId, userId)
                .update();
    }

    private void storeIcon(long pseudId, byte[] bytes, long now) {
        PseudIcons.Type type = PseudIcons.sniff(bytes).orElseThrow();
        jdbc.sql("UPDATE pseuds SET icon_type = ?, icon_updated_at = ? WHERE id = ?")
                .params(type.mediaType, now, pseudId)
                .update();
        icons.store(pseudId, type, bytes);
    }

    private Pseud find(long id) {
        return accounts.pseudsByIds(List.of(id)).get(id);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
