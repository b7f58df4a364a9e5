package org.coplan.supportplan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who must sign a version before it is agreed: the person or their named representative, and the
 * practitioner; a manager too where the council requires it. Only sign-offs given on the
 * version's current revision count: a change after someone signed means they sign again.
 */
public final class SignOffRule {

    /** What is still needed, in words a screen can show. */
    public enum Needed { PERSON_OR_REPRESENTATIVE, PRACTITIONER, MANAGER }

    private SignOffRule() {
    }

    public static Set<Needed> missing(Collection<SignOff> signOffs, long revision, boolean managerRequired) {
        Set<Signer> signed = signOffs.stream().filter(s -> s.atRevision() == revision).map(SignOff::signer)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Signer.class)));
        return missing(signed, managerRequired);
    }

    static Set<Needed> missing(Set<Signer> signed, boolean managerRequired) {
        Set<Needed> needed = EnumSet.noneOf(Needed.class);
        if (!signed.contains(Signer.PERSON) && !signed.contains(Signer.REPRESENTATIVE)) {
            needed.add(Needed.PERSON_OR_REPRESENTATIVE);
        }
        if (!signed.contains(Signer.PRACTITIONER)) {
            needed.add(Needed.PRACTITIONER);
        }
        if (managerRequired && !signed.contains(Signer.MANAGER)) {
            needed.add(Needed.MANAGER);
        }
        return needed;
    }
}
