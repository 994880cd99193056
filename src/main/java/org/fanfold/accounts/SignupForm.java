package org.fanfold.accounts;

/** The sign-up form as typed; never trusted until {@link Accounts#register} has checked it. */
public record SignupForm(String login, String email, String password, String passwordConfirmation) {

    public static SignupForm empty() {
        return new SignupForm("", "", "", "");
    }

    public SignupForm {
        login = login == null ? "" : login.strip();
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
        passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
    }

    /** The form to show again after an error: what was typed, except the passwords. */
    public SignupForm withoutPasswords() {
        return new SignupForm(login, email, "", "");
    }
}
