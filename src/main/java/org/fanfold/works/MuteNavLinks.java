package org.fanfold.works;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * "Mute" (or "Unmute") on someone else's pages — dashboard, profile, works — for a signed-in viewer, as on AO3,
 * leading to the page that asks first ({@code /users/{login}/mute}).
 */
@Component
class MuteNavLinks implements UserNav.Contributor {

    private final Exclusions exclusions;
    private final Accounts accounts;

    MuteNavLinks(Exclusions exclusions, Accounts accounts) {
        this.exclusions = exclusions;
        this.accounts = accounts;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return List.of();
    }

    @Override
    public List<UserNav.Link> links(String login, Viewer viewer, boolean own) {
        Long me = viewer.userId();
        if (own || me == null) return List.of();
        return accounts.byLogin(login)
                .filter(other -> other.id() != me)
                .map(other -> List.of(new UserNav.Link(
                        exclusions.isMuted(me, other.id()) ? "Unmute" : "Mute", "/users/" + login + "/mute", 201)))
                .orElse(List.of());
    }
}
