package io.redress.web.restrictions;

import io.redress.restrictions.domain.Violation;
import io.redress.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules that stand in a person's way, said in the page's language: what a page shows beside an action it does not
 * offer ({@code #{refusalTexts.of(rights.approveRefusals())}}), before anyone writes an attestation only to be refused.
 */
@Named
@RequestScoped
public class RefusalTexts {

    @Inject
    FacesContext faces;

    public String of(List<Violation> violations) {
        return violations.stream().map(v -> Messages.refusalText(faces, v.rule(), v.arguments(), v.message()))
                .collect(Collectors.joining("; "));
    }
}
