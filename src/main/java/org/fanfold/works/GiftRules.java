package org.fanfold.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may be given a work, as on AO3: a user who blocked its poster accepts no gift from them ("does not accept
 * gifts from you"), nor from a work one of whose other creators they blocked ("does not accept gifts"). Only new
 * recipients are checked, so a block never undoes a gift given before it. Names that are no account stay plain text
 * and are never refused.
 */
@Component
class GiftRules {

    private final Accounts accounts;
    private final SeriesStore gifts;
    private final ObjectProvider<GiftBlocks> blocks;

    GiftRules(Accounts accounts, SeriesStore gifts, ObjectProvider<GiftBlocks> blocks) {
        this.accounts = accounts;
        this.gifts = gifts;
        this.blocks = blocks;
    }

    /**
     * Puts the problem with {@code recipients} into {@code errors} under {@code gifts}, if any.
     *
     * @param workId the work being edited, or null for a new one
     * @param posterId who is posting or editing it
     * @param otherCreators the work's other creators' accounts
     */
    void check(
            @Nullable Long workId,
            List<String> recipients,
            long posterId,
            Collection<Long> otherCreators,
            Map<String, String> errors) {
        if (recipients.isEmpty()) return;
        Set<Long> already = workId == null ? Set.of() : new HashSet<>(gifts.giftRecipientIds(workId));
        GiftBlocks refusals = blocks.getIfAvailable(() -> GiftBlocks.NONE);
        List<String> problems = new ArrayList<>();
        for (String name : recipients) {
            User user = accounts.byLogin(name).orElse(null);
            if (user == null || already.contains(user.id()) || user.id() == posterId) continue;
            if (refusals.refuses(user.id(), List.of(posterId))) {
                problems.add(user.login() + " does not accept gifts from you.");
            } else if (!otherCreators.isEmpty() && refusals.refuses(user.id(), otherCreators)) {
                problems.add(user.login() + " does not accept gifts.");
            }
        }
        if (!problems.isEmpty()) errors.put("gifts", String.join(" ", problems));
    }
}
