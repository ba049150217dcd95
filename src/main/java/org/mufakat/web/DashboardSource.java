package org.mufakat.web;

import java.util.List;

/**
 * Implemented by features that have something waiting on the signed-in person; the dashboard lists what all of
 * them report. Implementations decide for the current user themselves.
 */
public interface DashboardSource {

    List<DashboardItem> waitingItems();
}
