package org.coplan.web;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the
 * provider up again at every call (a scan of the class path's service files): on the audit page,
 * whose chart is built from a few dozen builders, that was a tenth of the page's time.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
