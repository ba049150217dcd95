package org.mufakat.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the notice settings page, used as {@code notify:key}; in messages/notify.properties and notify_id. */
@MessageBundle(value = "notify", locale = "en")
public interface NotifyMsg {

    @Message
    String settings();

    @Message
    String settingsIntro();

    @Message
    String mailChoice();

    @Message
    String preference(String name);

    @Message
    String preferenceHint(String name);

    @Message
    String noEmail();

    @Message
    String save();

    @Message
    String backToNotices();
}
