package org.mufakat.impact;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts of the impact page, used in templates as {@code impact:key}; the texts are in
 * {@code messages/impact.properties} (English) and {@code messages/impact_id.properties} (Bahasa Indonesia).
 */
@MessageBundle(value = "impact", locale = "en")
public interface ImpactMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String from();

    @Message
    String to();

    @Message
    String forum();

    @Message
    String allForums();

    @Message
    String show();

    @Message
    String totals(int from, int to);

    @Message
    String submissions();

    @Message
    String acknowledged();

    @Message
    String acknowledgementRate();

    @Message
    String medianDays();

    @Message
    String notYet();

    @Message
    String percent(int value);

    @Message
    String days(String value);

    @Message
    String seats();

    @Message
    String seatsOf(long granted, long requested);

    @Message
    String uptake();

    @Message
    String uptakeOf(long full, long partial, long total);

    @Message
    String carriedForward();

    @Message
    String alliesGained();

    @Message
    String downloadCsv();

    @Message
    String nothingSent();

    @Message
    String chartEmpty();

    @Message
    String tableOf(String title);
}
