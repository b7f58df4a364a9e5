package org.coplan.web.manager;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coplan.participationaudit.AuditFilter;

/**
 * The participation audit's filters as the address carries them (team, area, locality, ladder,
 * from, to): bound to a page's view parameters, read into an {@link AuditFilter}, and written
 * back into the address of a link that keeps them.
 */
public class AuditFilterParams implements Serializable {

    private static final long serialVersionUID = 1L;

    private String team;
    private String area;
    private String locality;
    private String ladder;
    private String from;
    private String to;

    /** The filter, checked: text that is not a number, a service area or a date is a mistake to correct. */
    public AuditFilter toFilter() {
        return AuditFilters.parse(team, area, locality, ladder, from, to);
    }

    /** The filters as address parameters, each starting with '&amp;'; empty ones left out. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "team", team);
        add(q, "area", area);
        add(q, "locality", locality);
        add(q, "ladder", ladder);
        add(q, "from", from);
        add(q, "to", to);
        return q.toString();
    }

    /** The same filters for another period: the address of the audit for one quarter. */
    public String queryFor(java.time.LocalDate start, java.time.LocalDate end) {
        StringBuilder q = new StringBuilder();
        add(q, "team", team);
        add(q, "area", area);
        add(q, "locality", locality);
        add(q, "ladder", ladder);
        add(q, "from", start.toString());
        add(q, "to", end.toString());
        return "?" + q.substring(1);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getLadder() {
        return ladder;
    }

    public void setLadder(String ladder) {
        this.ladder = ladder;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
