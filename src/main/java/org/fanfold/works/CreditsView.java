package org.fanfold.works;

import java.util.List;
import org.fanfold.accounts.Pseud;

/**
 * What the byline part of the post and edit form shows.
 *
 * @param ownPseuds the poster's pseuds, to choose from
 * @param selected the ids of those chosen (as typed, else as credited now, else the default pseud)
 * @param coCreatorsTyped the "Add co-creators?" field as typed
 * @param coCreators the other creators already credited (editing only)
 * @param invited the pseuds invited who have not answered (editing only)
 * @param canRemoveSelf whether the poster may remove themselves (editing a work others are credited on too)
 */
public record CreditsView(
        List<Pseud> ownPseuds,
        List<Long> selected,
        String coCreatorsTyped,
        List<Pseud> coCreators,
        List<Pseud> invited,
        boolean canRemoveSelf) {

    public boolean choosing() {
        return ownPseuds.size() > 1;
    }

    public boolean isSelected(Pseud pseud) {
        return selected.contains(pseud.id());
    }
}
