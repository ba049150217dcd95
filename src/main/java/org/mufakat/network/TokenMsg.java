package org.mufakat.network;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The personal API tokens page's texts, used in templates as {@code tokens:key}; the texts are in
 * {@code messages/tokens.properties} (English) and {@code messages/tokens_id.properties} (Bahasa Indonesia).
 * Generic words (cancel, never...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "tokens", locale = "en")
public interface TokenMsg {

    @Message
    String navTokens();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String none();

    @Message
    String name();

    @Message
    String created();

    @Message
    String expires();

    @Message
    String lastUsed();

    @Message
    String expiredTitle();

    @Message
    String expiredIntro();

    @Message
    String revoke();

    @Message
    String newToken();

    @Message
    String nameHint();

    @Message
    String lifetime();

    @Message
    String lifetimeHint();

    @Message
    String days(int days);

    @Message
    String make();

    @Message
    String createdTitle(String name);

    @Message
    String showOnce();

    @Message
    String yourToken();

    @Message
    String howToUse();

    @Message
    String expiresOn(String day);

    @Message
    String back();

    @Message
    String confirmTitle(String name);

    @Message
    String confirmQuestion(String name);
}
