package org.mufakat.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String details;

    /** Events matching every filter that is set, newest first. Filters are matched exactly, except the date range. */
    public static List<AuditEvent> search(AuditFilter filter, int pageIndex, int size) {
        Query q = Query.of(filter);
        return find(q.where, Sort.descending("occurredAt", "id"), q.params).page(Page.of(pageIndex, size)).list();
    }

    public static long count(AuditFilter filter) {
        Query q = Query.of(filter);
        return count(q.where, q.params);
    }

    public static List<String> distinctActions() {
        return getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    public static List<String> distinctTypes() {
        return getEntityManager().createQuery("select distinct e.objectType from AuditEvent e where e.objectType is"
                + " not null order by e.objectType", String.class).getResultList();
    }

    public static List<AuditEvent> forObject(String type, String id) {
        return list("objectType = ?1 and objectId = ?2", Sort.descending("occurredAt", "id"), type, id);
    }

    private record Query(String where, Map<String, Object> params) {
        static Query of(AuditFilter f) {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (f.actor() != null) {
                where.append(" and actor = :actor");
                params.put("actor", f.actor());
            }
            if (f.action() != null) {
                where.append(" and action = :action");
                params.put("action", f.action());
            }
            if (f.objectType() != null) {
                where.append(" and objectType = :objectType");
                params.put("objectType", f.objectType());
            }
            if (f.from() != null) {
                where.append(" and occurredAt >= :from");
                params.put("from", f.from());
            }
            if (f.until() != null) {
                where.append(" and occurredAt < :until");
                params.put("until", f.until());
            }
            return new Query(where.toString(), params);
        }
    }
}
