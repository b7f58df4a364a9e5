package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.OfferView;

/** Backs /codesign/offers.xhtml: the community offers the user can choose for a plan or sees in their projects. */
@Named
@ViewScoped
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    private List<OfferView> offers;

    public List<OfferView> getOffers() {
        if (offers == null) {
            offers = codesign.offers();
        }
        return offers;
    }
}
