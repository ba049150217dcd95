package org.mufakat.forum;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The forum registry's interface texts, used in templates as {@code forum:key}; the texts are in
 * {@code messages/forum.properties} (English) and {@code messages/forum_id.properties} (Bahasa Indonesia).
 * Generic words (save, cancel, search...) come from the shared {@code msg} bundle.
 */
@MessageBundle(value = "forum", locale = "en")
public interface ForumMsg {

    @Message
    String forums();

    @Message
    String intro();

    @Message
    String noForums();

    @Message
    String noForumsManage();

    @Message
    String addForum();

    @Message
    String editForum();

    @Message
    String nameHint();

    @Message
    String acronymHint();

    @Message
    String space();

    @Message
    String spaceHint();

    @Message
    String spaceName(String name);

    @Message
    String allSpaces();

    @Message
    String convenedBy();

    @Message
    String convenedByHint();

    @Message
    String frequency();

    @Message
    String frequencyHint();

    @Message
    String entry();

    @Message
    String entryHint();

    @Message
    String entryName(String name);

    @Message
    String seatLimit();

    @Message
    String seatLimitHint();

    @Message
    String noSeatLimit();

    @Message
    String notes();

    @Message
    String notesHint();

    @Message
    String sessions();

    @Message
    String noSessions();

    @Message
    String addSession();

    @Message
    String editSession();

    @Message
    String sessionTitle();

    @Message
    String sessionTitleHint();

    @Message
    String dates();

    @Message
    String startsOn();

    @Message
    String endsOn();

    @Message
    String dateHint();

    @Message
    String endsOnHint();

    @Message
    String venue();

    @Message
    String host();

    @Message
    String hostHint();

    @Message
    String upcoming();

    /** The link to the network's engagement at a session (kept by the submission feature). */
    @Message
    String engagement();
}
