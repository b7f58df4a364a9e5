package org.coplan.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers a Faces request with a file to download instead of a page; never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(byte[] body, String contentType, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(body.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputStream().write(body);
        faces.responseComplete();
    }
}
