package org.fanfold.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and pseuds: registration with AO3's rules, look-ups by login and id, the profile text. Thread-safe.
 * Logins and emails are unique regardless of case.
 */
@Service
public class Accounts {

    /** AO3: 3–40 letters, digits and underscores, beginning and ending with a letter or digit. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_]{1,38})[A-Za-z0-9]");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int ABOUT_MAX = 2_000;

    private static final String USER_COLUMNS = "id, login, email, about, admin, wrangler, created_at";
    /**
     * What {@link #mapPseud} reads, from {@code pseuds p JOIN users u ON u.id = p.user_id}: for queries elsewhere
     * that read pseuds with their own rows (these columns first).
     */
    public static final String PSEUD_COLUMNS =
            "p.id, p.user_id, u.login, p.name, p.is_default, p.description, p.icon_type,"
                    + " p.icon_alt_text, p.icon_comment, p.icon_updated_at";

    /** A byline naming one user's pseud: "name (login)". */
    private static final Pattern BYLINE = Pattern.compile("(.+?)\\s*\\(([A-Za-z0-9_]+)\\)");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an account with its default pseud.
     *
     * @throws AccountException naming each field that is wrong (login taken, password too short…)
     */
    @Transactional
    public User register(SignupForm form, boolean admin) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!LOGIN.matcher(form.login()).matches()) {
            errors.put(
                    "login",
                    "User name must be 3 to 40 characters (A-Z, a-z, _, 0-9 only), no spaces,"
                            + " and must begin and end with a letter or number.");
        } else if (byLogin(form.login()).isPresent()) {
            errors.put("login", "The user name \"" + form.login() + "\" is already taken.");
        }
        if (!EMAIL.matcher(form.email()).matches() || form.email().length() > 254) {
            errors.put("email", "Email address \"" + form.email() + "\" doesn't look like an email address.");
        } else if (jdbc.sql("SELECT COUNT(*) FROM users WHERE email_key = ?")
                        .param(form.email().toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0) {
            errors.put("email", "An account with that email address already exists.");
        }
        if (form.password().length() < 6 || form.password().length() > 40) {
            errors.put("password", "Password must be 6 to 40 characters long.");
        } else if (!form.password().equals(form.passwordConfirmation())) {
            errors.put("passwordConfirmation", "The passwords don't match.");
        }
        if (!errors.isEmpty()) throw new AccountException(errors);

        long now = clock.millis();
        long id = jdbc.sql("INSERT INTO users (login, login_key, email, email_key, password_hash, admin, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        form.login(),
                        form.login().toLowerCase(Locale.ROOT),
                        form.email(),
                        form.email().toLowerCase(Locale.ROOT),
                        passwords.encode(form.password()),
                        admin ? 1 : 0,
                        now)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO pseuds (user_id, name, name_key, is_default, created_at) VALUES (?, ?, ?, 1, ?)")
                .params(id, form.login(), form.login().toLowerCase(Locale.ROOT), now)
                .update();
        return byId(id).orElseThrow();
    }

    public Optional<User> byLogin(String login) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM users WHERE login_key = ?")
                .param(login.strip().toLowerCase(Locale.ROOT))
                .query(Accounts::mapUser)
                .optional();
    }

    public Optional<User> byId(long id) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?")
                .param(id)
                .query(Accounts::mapUser)
                .optional();
    }

    /** The archive's first admin (the one made first), if there is one. */
    public Optional<User> firstAdmin() {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM users WHERE admin = 1 ORDER BY id LIMIT 1")
                .query(Accounts::mapUser)
                .optional();
    }

    /** Sets the profile's about text (already sanitized HTML). */
    public void updateAbout(long userId, String aboutHtml) {
        if (aboutHtml.length() > ABOUT_MAX * 2) throw new AccountException(Map.of("about", "About me is too long."));
        jdbc.sql("UPDATE users SET about = ? WHERE id = ?")
                .params(aboutHtml, userId)
                .update();
    }

    /** Makes a user an admin or not (the CLI's first admin). */
    public void setAdmin(long userId, boolean admin) {
        jdbc.sql("UPDATE users SET admin = ? WHERE id = ?")
                .params(admin ? 1 : 0, userId)
                .update();
    }

    /** Makes a user a tag wrangler or not. */
    public void setWrangler(long userId, boolean wrangler) {
        jdbc.sql("UPDATE users SET wrangler = ? WHERE id = ?")
                .params(wrangler ? 1 : 0, userId)
                .update();
    }

    public Pseud defaultPseud(long userId) {
        return jdbc.sql("SELECT " + PSEUD_COLUMNS + " FROM pseuds p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.user_id = ? AND p.is_default = 1")
                .param(userId)
                .query(Accounts::mapPseud)
                .single();
    }

    public List<Pseud> pseuds(long userId) {
        return jdbc.sql("SELECT " + PSEUD_COLUMNS + " FROM pseuds p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.user_id = ? ORDER BY p.is_default DESC, p.name_key")
                .param(userId)
                .query(Accounts::mapPseud)
                .list();
    }

    public Optional<Pseud> pseud(String login, String pseudName) {
        return jdbc.sql("SELECT " + PSEUD_COLUMNS + " FROM pseuds p JOIN users u ON u.id = p.user_id"
                        + " WHERE u.login_key = ? AND p.name_key = ?")
                .params(login.toLowerCase(Locale.ROOT), pseudName.strip().toLowerCase(Locale.ROOT))
                .query(Accounts::mapPseud)
                .optional();
    }

    /**
     * The pseuds a byline names, as typed in AO3's co-creator field: "name (login)" names that user's pseud, a bare
     * "name" every account's pseud of that name (case-insensitively). Empty when there is none; more than one means
     * the name is ambiguous and needs its login.
     */
    public List<Pseud> pseudsByByline(String byline) {
        String typed = byline.strip();
        var m = BYLINE.matcher(typed);
        if (m.matches()) {
            var named = pseud(m.group(2), m.group(1));
            if (named.isPresent()) return List.of(named.get());
        }
        return jdbc.sql("SELECT " + PSEUD_COLUMNS + " FROM pseuds p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.name_key = ? ORDER BY u.login_key")
                .param(typed.toLowerCase(Locale.ROOT))
                .query(Accounts::mapPseud)
                .list();
    }

    /** The pseuds with these ids, by id. */
    public Map<Long, Pseud> pseudsByIds(Collection<Long> ids) {
        var found = new HashMap<Long, Pseud>();
        if (ids.isEmpty()) return found;
        String in =
                String.join(",", ids.stream().distinct().map(String::valueOf).toList());
        jdbc.sql("SELECT " + PSEUD_COLUMNS + " FROM pseuds p JOIN users u ON u.id = p.user_id WHERE p.id IN (" + in
                        + ")")
                .query(Accounts::mapPseud)
                .list()
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    static User mapUser(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getLong("id"),
                rs.getString("login"),
                rs.getString("email"),
                rs.getString("about"),
                rs.getInt("admin") == 1,
                rs.getInt("wrangler") == 1,
                rs.getLong("created_at"));
    }

    /** A pseud from a row that starts with {@link #PSEUD_COLUMNS}. */
    public static Pseud mapPseud(ResultSet rs, int row) throws SQLException {
        return new Pseud(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5) == 1,
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getLong(10));
    }
}
