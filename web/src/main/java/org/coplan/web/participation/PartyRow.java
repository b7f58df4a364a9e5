package org.coplan.web.participation;

import java.io.Serializable;
import org.coplan.participation.Standing;

/** One row of a "who" list on the decision form: a name and a standing. */
public class PartyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Standing standing;

    public PartyRow() {
    }

    public PartyRow(String name, Standing standing) {
        this.name = name;
        this.standing = standing;
    }

    public boolean blank() {
        return (name == null || name.isBlank()) && standing == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Standing getStanding() {
        return standing;
    }

    public void setStanding(Standing standing) {
        this.standing = standing;
    }
}
