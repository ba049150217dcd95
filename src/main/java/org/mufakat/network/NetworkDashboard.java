package org.mufakat.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mufakat.security.CurrentUser;
import org.mufakat.web.DashboardItem;
import org.mufakat.web.DashboardSource;
import org.mufakat.web.ReadOnly;
import org.mufakat.web.Texts;

/** What the network registry asks of people: locked accounts and uncovered constituencies, empty registries. */
@ApplicationScoped
public class NetworkDashboard implements DashboardSource {

    @Inject
    CurrentUser user;
    @Inject
    Texts texts;

    @Override
    @Transactional
    public List<DashboardItem> waitingItems() {
        ReadOnly.view();
        List<DashboardItem> items = new ArrayList<>();
        if (user.isSecretariat()) {
            long locked = Account.countLocked(Instant.now());
            if (locked > 0) {
                items.add(new DashboardItem(texts.get("mufakat.dashLocked", locked), "/accounts",
                        texts.get("mufakat.dashOpenAccounts")));
            }
            for (Constituency c : Constituency.listWithoutFocalPoint()) {
                items.add(new DashboardItem(texts.get("mufakat.dashNoFocalPoint", c.name), "/accounts",
                        texts.get("mufakat.dashOpenAccounts")));
            }
        }
        for (Long id : user.focalPointConstituencies()) {
            Constituency c = MemberOrganisation.countForConstituency(id) == 0 ? Constituency.findById(id) : null;
            if (c != null) {
                items.add(new DashboardItem(texts.get("mufakat.dashNoOrganisations", c.name),
                        "/organisations/new?constituency=" + c.id, texts.get("mufakat.dashAddOrganisation")));
            }
        }
        return items;
    }
}
