package org.mufakat.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Change one's own password (current one required) or, for the secretariat, set a new one for someone. */
public record PasswordForm(
        String currentPassword,
        @NotBlank(message = "{mufakat.required}") @Size(min = 12, max = 200,
                message = "{mufakat.passwordLength}") String newPassword,
        @NotBlank(message = "{mufakat.required}") String confirmPassword) {

    public static PasswordForm from(FormData f) {
        return new PasswordForm(f.secret("currentPassword"), f.secret("newPassword"), f.secret("confirmPassword"));
    }

    public boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
