package org.mufakat.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * Create an account or edit its name and e-mail. The password is only read when creating; it must be at least
 * {@link org.mufakat.security.PasswordHasher#MIN_LENGTH} characters.
 */
public record AccountForm(
        @NotBlank(message = "{mufakat.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}",
                message = "{mufakat.username}") String username,
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String displayName,
        @Email(message = "{mufakat.email}") @Size(max = 254, message = "{mufakat.tooLong}") String email,
        @Size(min = 12, max = 200, message = "{mufakat.passwordLength}") String password,
        Long version) {

    public static AccountForm from(FormData f) {
        String username = f.text("username");
        return new AccountForm(username == null ? null : username.toLowerCase(), f.text("displayName"),
                f.text("email"), f.secret("password"), f.number("version"));
    }

    public static AccountForm of(Account a) {
        return new AccountForm(a.username, a.displayName, a.email, null, a.version);
    }

    public static AccountForm empty() {
        return new AccountForm(null, null, null, null, null);
    }
}
