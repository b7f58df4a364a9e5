package org.coplan.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;

/** Backs /admin/home.xhtml: the ladders of participation, read only for now. */
@Named
@RequestScoped
public class LaddersBacking {

    @Inject
    LadderService ladderService;

    private List<LadderView> ladders;

    public List<LadderView> getLadders() {
        if (ladders == null) {
            ladders = ladderService.ladders();
        }
        return ladders;
    }
}
