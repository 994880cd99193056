package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The token store on every database: made, found by hash only, noted when used, revoked, limited per user. */
abstract class ApiTokenContract {

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    User user;

    @BeforeEach
    void user() {
        user = TestData.user(accounts);
    }

    @Test
    void aTokenAuthenticatesItsHolderWithTheirRolesAndIsKeptAsAHash() {
        NewApiToken made = tokens.create(user.id(), "  Reader app ");
        assertThat(made.token().name()).isEqualTo("Reader app");
        assertThat(made.secret()).matches("fft_[A-Za-z0-9_-]{43}");
        assertThat(made.token().hint()).isEqualTo(made.secret().substring(43));
        String stored = jdbc.sql("SELECT token_hash FROM api_tokens WHERE id = ?")
                .param(made.token().id())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ApiTokens.hash(made.secret())).hasSize(64).doesNotContain(made.secret());

        var holder = tokens.authenticate(made.secret()).orElseThrow();
        assertThat(holder.tokenId()).isEqualTo(made.token().id());
        assertThat(holder.viewer().userId()).isEqualTo(user.id());
        assertThat(holder.viewer().login()).isEqualTo(user.login());
        assertThat(holder.viewer().admin()).isFalse();
        accounts.setAdmin(user.id(), true);
        assertThat(tokens.authenticate(made.secret()).orElseThrow().viewer().admin())
                .isTrue();

        assertThat(tokens.authenticate(made.secret().substring(0, 46) + "x")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.hash(made.secret()))).isEmpty();
    }

    @Test
    void useIsNotedAtMostOnceAMinute() {
        NewApiToken made = tokens.create(user.id(), "poller");
        assertThat(tokens.of(user.id()).getFirst().lastUsedAt()).isNull();
        tokens.authenticate(made.secret());
        Long first = tokens.of(user.id()).getFirst().lastUsedAt();
        assertThat(first).isNotNull();
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                .params(first - 30_000, made.token().id())
                .update();
        tokens.authenticate(made.secret());
        assertThat(tokens.of(user.id()).getFirst().lastUsedAt()).isEqualTo(first - 30_000);
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                .params(first - 61_000, made.token().id())
                .update();
        tokens.authenticate(made.secret());
        assertThat(tokens.of(user.id()).getFirst().lastUsedAt()).isGreaterThanOrEqualTo(first);
    }

    @Test
    void aRevokedTokenNoLongerAuthenticatesAndOnlyItsOwnerRevokesIt() {
        NewApiToken one = tokens.create(user.id(), "one");
        NewApiToken two = tokens.create(user.id(), "two");
        User other = TestData.user(accounts);
        assertThat(tokens.revoke(other.id(), one.token().id())).isFalse();
        assertThat(tokens.authenticate(one.secret())).isPresent();
        assertThat(tokens.revoke(user.id(), one.token().id())).isTrue();
        assertThat(tokens.authenticate(one.secret())).isEmpty();
        assertThat(tokens.authenticate(two.secret())).isPresent();
        assertThat(tokens.of(user.id())).extracting(ApiToken::name).containsExactly("two");
        assertThat(tokens.revoke(user.id(), one.token().id())).isFalse();
    }

    @Test
    void aTokenNeedsANameAndAUserHasAtMostFifty() {
        assertThat(tokens.problems(user.id(), " ")).containsKey("name");
        assertThat(tokens.problems(user.id(), "n".repeat(101))).containsKey("name");
        assertThatThrownBy(() -> tokens.create(user.id(), "")).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < ApiTokens.PER_USER_MAX; i++) tokens.create(user.id(), "token " + i);
        assertThat(tokens.problems(user.id(), "one more").get("name")).contains("50 tokens");
        assertThat(tokens.of(user.id())).hasSize(ApiTokens.PER_USER_MAX);
        assertThat(tokens.of(user.id()).getFirst().name()).isEqualTo("token 49");
    }
}
