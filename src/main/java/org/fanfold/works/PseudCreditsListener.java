package org.fanfold.works;

import org.fanfold.accounts.PseudEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps works' credits in step with pseuds, inside the accounts module's transaction: a deleted pseud's works (and
 * invitations) pass to the default pseud, and a renamed pseud's works are reindexed under the new name.
 */
@Component
class PseudCreditsListener {

    private final CoCreators coCreators;

    PseudCreditsListener(CoCreators coCreators) {
        this.coCreators = coCreators;
    }

    @EventListener
    void deleting(PseudEvents.PseudDeleting event) {
        coCreators.move(event.pseudId(), event.defaultPseudId());
    }

    @EventListener
    void renamed(PseudEvents.PseudRenamed event) {
        coCreators.reindexWorksOf(event.pseudId());
    }
}
