package org.coplan.web.admin;

import java.io.Serializable;
import org.coplan.participation.Band;
import org.coplan.participation.DecisionPower;
import org.coplan.participation.LadderDetail.RungDetail;
import org.coplan.participation.RungDescription;

/** What the administrator types about a rung, kept as typed until the service accepts it. */
public class RungForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String description;
    private Band band;
    private DecisionPower decisionPower;
    private String defaultDecisionRule;

    static RungForm of(RungDetail rung) {
        RungForm form = new RungForm();
        form.code = rung.code();
        form.name = rung.name();
        form.description = rung.description();
        form.band = rung.band();
        form.decisionPower = rung.decisionPower();
        form.defaultDecisionRule = rung.defaultDecisionRule();
        return form;
    }

    RungDescription toDescription() {
        return new RungDescription(name, description, band, decisionPower, defaultDecisionRule);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Band getBand() {
        return band;
    }

    public void setBand(Band band) {
        this.band = band;
    }

    public DecisionPower getDecisionPower() {
        return decisionPower;
    }

    public void setDecisionPower(DecisionPower decisionPower) {
        this.decisionPower = decisionPower;
    }

    public String getDefaultDecisionRule() {
        return defaultDecisionRule;
    }

    public void setDefaultDecisionRule(String defaultDecisionRule) {
        this.defaultDecisionRule = defaultDecisionRule;
    }
}
