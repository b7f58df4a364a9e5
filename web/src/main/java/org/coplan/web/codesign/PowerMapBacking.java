package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.MemberView;
import org.coplan.codesign.CodesignViews.PowerMapView;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.PowerMap;
import org.coplan.codesign.ProjectRole;
import org.coplan.shared.BusinessException;
import org.coplan.shared.StaleEditException;
import org.coplan.web.FormMessages;
import org.coplan.web.Jsons;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;

/**
 * Backs /codesign/powermap.xhtml?id=…: who holds power over the project's decisions and who is
 * affected by them, as a chart with a table of the same figures, a warning when the people most
 * affected have no one in the project, and (for facilitators) the form to change the map.
 * Rows keep what was typed as text, so a refused save loses nothing.
 */
@Named
@ViewScoped
public class PowerMapBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    /** One stakeholder as typed. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name = "";
        private String group = "";
        private String power = "";
        private String impact = "";
        private String member = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name; // an empty choice arrives as null
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group == null ? "" : group; // an empty choice arrives as null
        }

        public String getPower() {
            return power;
        }

        public void setPower(String power) {
            this.power = power == null ? "" : power; // an empty choice arrives as null
        }

        public String getImpact() {
            return impact;
        }

        public void setImpact(String impact) {
            this.impact = impact == null ? "" : impact; // an empty choice arrives as null
        }

        public String getMember() {
            return member;
        }

        public void setMember(String member) {
            this.member = member == null ? "" : member; // an empty choice arrives as null
        }
    }

    private String id;
    private ProjectDetail detail;
    private PowerMapView map;
    private final List<Row> rows = new ArrayList<>();

    public void load() throws IOException {
        if (detail == null) {
            detail = RecordPages.loadOrNotFound(id, codesign::detail).orElse(null);
            if (detail != null) {
                map = detail.powerMap();
                fillRows();
            }
        }
    }

    private void fillRows() {
        rows.clear();
        for (PowerMap.Stakeholder s : map.stakeholders()) {
            Row row = new Row();
            row.name = s.name();
            row.group = s.group() == null ? "" : s.group().name();
            row.power = String.valueOf(s.power());
            row.impact = String.valueOf(s.impact());
            row.member = s.memberUserId() == null ? "" : String.valueOf(s.memberUserId());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Saves the map made against the version read; a map changed since is refused and the rows stay as typed. */
    public String save() {
        List<PowerMap.Stakeholder> stakeholders = new ArrayList<>();
        for (Row row : rows) {
            if (row.name.isBlank() && row.group.isBlank() && row.power.isBlank() && row.impact.isBlank()) {
                continue; // an empty row is left out, not refused
            }
            stakeholders.add(new PowerMap.Stakeholder(row.name, row.group.isBlank() ? null : ProjectRole.valueOf(row.group),
                    number(row.power), number(row.impact), row.member.isBlank() ? null : Long.valueOf(row.member)));
        }
        try {
            map = codesign.savePowerMap(detail.project().id(), map.revision(), new PowerMap(stakeholders));
            return FormMessages.doneThenShow("powerMap.saved", "/codesign/powermap", detail.project().id());
        } catch (StaleEditException stale) {
            // Show the map as it is now, keep what this user typed, and take the new version so
            // that saving again, once they have looked, goes through.
            map = codesign.detail(detail.project().id()).powerMap();
            Messages.error(null, stale.getMessage());
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
        }
        return null;
    }

    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException notANumber) {
            return 0; // refused by the map's rules with a message naming the stakeholder
        }
    }

    /** The chart: each stakeholder placed by impact (across) and power (up); in the project or not, by colour and shape. */
    public String getChart() {
        Map<String, Integer> sameCell = new HashMap<>();
        JsonArrayBuilder datasets = Jsons.JSON.createArrayBuilder();
        Set<Long> members = detail.members().stream().map(MemberView::userId).collect(Collectors.toSet());
        for (PowerMap.Stakeholder s : map.stakeholders()) {
            boolean in = s.memberUserId() != null && members.contains(s.memberUserId());
            int k = sameCell.merge(s.impact() + ":" + s.power(), 1, Integer::sum) - 1;
            // Points in the same cell are set a little apart, so none hides another.
            double dx = (k % 3) * 0.12;
            double dy = (k / 3) * 0.12;
            String colour = in ? "#1d4f91" : "#a03c00";
            datasets.add(Jsons.JSON.createObjectBuilder()
                    .add("label", s.name() + (in ? "" : " (" + Messages.text("powerMap.notIn") + ")"))
                    .add("data", Jsons.JSON.createArrayBuilder().add(Jsons.JSON.createObjectBuilder().add("x", s.impact() + dx).add("y", s.power() + dy)))
                    .add("backgroundColor", colour).add("borderColor", colour)
                    .add("pointStyle", in ? "circle" : "triangle").add("pointRadius", 8));
        }
        return Jsons.forScript(Jsons.JSON.createObjectBuilder().add("type", "scatter")
                .add("data", Jsons.JSON.createObjectBuilder().add("datasets", datasets))
                // No animation: the points are where they are from the start, for people who find motion hard.
                .add("options", Jsons.JSON.createObjectBuilder().add("animation", false)
                        .add("scales", Jsons.JSON.createObjectBuilder()
                                .add("x", axis("powerMap.impactAxis"))
                                .add("y", axis("powerMap.powerAxis"))))
                .build());
    }

    private static jakarta.json.JsonObjectBuilder axis(String titleKey) {
        return Jsons.JSON.createObjectBuilder().add("type", "linear").add("min", 0).add("max", 6)
                .add("ticks", Jsons.JSON.createObjectBuilder().add("stepSize", 1))
                .add("title", Jsons.JSON.createObjectBuilder().add("display", true).add("text", Messages.text(titleKey)));
    }

    /** The member who is, or speaks for, a stakeholder; or that no one in the project does. */
    public String memberName(Long userId) {
        if (userId == null) {
            return Messages.text("powerMap.noOne");
        }
        return detail.members().stream().filter(m -> m.userId() == userId).map(MemberView::name).findFirst()
                .orElse(Messages.text("powerMap.noOne"));
    }

    public String missingNames() {
        return map.mostAffectedMissing().stream().map(PowerMap.Stakeholder::name).collect(Collectors.joining(", "));
    }

    public ProjectRole[] getGroups() {
        return ProjectRole.values();
    }

    public List<String> getScale() {
        return List.of("1", "2", "3", "4", "5");
    }

    public List<Row> getRows() {
        return rows;
    }

    public PowerMapView getMap() {
        return map;
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
