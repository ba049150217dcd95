package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mufakat.input.Statement;
import org.mufakat.round.InputState;
import org.mufakat.round.Round;
import org.mufakat.round.RoundTheme;
import org.mufakat.web.Paging;

/**
 * The workspace's statements, one page at a time: the filter becomes the query's conditions, so only the rows shown
 * are read (with a separate count), and their fates and the recommendations they feed are read for the page in one
 * query each, whatever its length.
 */
final class WorkspaceRows {

    /** Statements per page of the workspace. */
    static final int PAGE = 50;

    private final StringBuilder where = new StringBuilder(
            " from Statement s join s.input i join i.constituency c join s.theme t where i.round = :round"
                    + " and i.state = :state");
    private final Map<String, Object> parameters = new HashMap<>();

    /** @param theme the theme shown, or null for every theme of the round */
    WorkspaceRows(Round round, RoundTheme theme, Workspace.Filter filter) {
        parameters.put("round", round);
        parameters.put("state", InputState.SUBMITTED);
        if (theme != null) {
            condition("s.theme = :theme", "theme", theme);
        }
        if (filter.addressee() != null) {
            condition("s.addressee = :addressee", "addressee", filter.addressee());
        }
        if (filter.constituency() != null) {
            condition("c.code = :constituency", "constituency", filter.constituency());
        }
        if (Workspace.Filter.NO_FATE.equals(filter.fate())) {
            where.append(" and not exists (select 1 from Disposition d where d.statement = s)");
        } else if (filter.fate() != null) {
            condition("exists (select 1 from Disposition d where d.statement = s and d.fate = :fate)", "fate",
                    Fate.valueOf(filter.fate()));
        }
        if (filter.q() != null) {
            condition("lower(s.text) like :q escape '!'", "q", "%" + filter.q().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    private void condition(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
    }

    /** The page asked for (counted from 1; missing or out of range gives the first or the last). */
    Paging<Workspace.Row> page(Integer page) {
        EntityManager em = Statement.getEntityManager();
        long total = bind(em.createQuery("select count(s)" + where, Long.class)).getSingleResult();
        return Paging.load(page, PAGE, total, index -> rows(bind(em.createQuery("select s from Statement s"
                + " join fetch s.input i join fetch i.constituency c join fetch s.theme t"
                + where.substring(where.indexOf(" where ")) + " order by t.position, c.name, s.restricted,"
                + " s.position, s.id", Statement.class)).setFirstResult(index * PAGE).setMaxResults(PAGE)
                .getResultList()));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The page's statements with their fates and the recommendations they feed: one query for each (the
     * recommendations with their themes, which may be other than the page's).
     */
    private static List<Workspace.Row> rows(List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        EntityManager em = Statement.getEntityManager();
        List<Long> ids = statements.stream().map(s -> s.id).toList();
        Map<Long, Workspace.Decided> fates = new HashMap<>();
        for (Object[] d : em.createQuery("select d.statement.id, d.fate, d.automatic, d.rationale from Disposition d"
                + " where d.statement.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            fates.put((Long) d[0], new Workspace.Decided((Fate) d[1], (Boolean) d[2], (String) d[3]));
        }
        Map<Long, List<Recommendation>> feeds = new HashMap<>();
        for (Object[] pair : em.createQuery("select s.id, r from Recommendation r join r.sources s join fetch r.theme t"
                + " where s.id in :ids order by t.position, r.position, r.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            feeds.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((Recommendation) pair[1]);
        }
        return statements.stream().map(s -> new Workspace.Row(s, fates.get(s.id), feeds.getOrDefault(s.id,
                List.of()))).toList();
    }

    /** The page's rows by theme and constituency, in the order of the page. */
    static List<Workspace.Group> groups(List<Workspace.Row> rows) {
        Map<String, Workspace.Group> groups = new LinkedHashMap<>();
        for (Workspace.Row row : rows) {
            Statement s = row.statement();
            groups.computeIfAbsent(s.theme.code + "/" + s.input.constituency.code,
                    k -> new Workspace.Group(s.theme, s.input.constituency, new ArrayList<>())).rows().add(row);
        }
        return List.copyOf(groups.values());
    }

    /** The page of its theme's workspace (unfiltered) on which a submitted statement is listed, counted from 1. */
    static int pageOf(Statement statement) {
        List<Long> ids = Statement.getEntityManager().createQuery("select s.id from Statement s join s.input i"
                + " join i.constituency c where s.theme = ?1 and i.state = ?2 order by c.name, s.restricted,"
                + " s.position, s.id", Long.class).setParameter(1, statement.theme)
                .setParameter(2, InputState.SUBMITTED).getResultList();
        return Math.max(0, ids.indexOf(statement.id)) / PAGE + 1;
    }
}
