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

    /**
     * JSON to be written inside a page's script (a chart's set-up, which PrimeFaces writes as it
     * stands): the characters that could end the script or start markup ({@code </script>},
     * {@code <!--}) are written as JSON escapes, which read back as the same text. Labels hold
     * names people typed, and a name ending the script would make the rest of it page markup.
     */
    public static String forScript(jakarta.json.JsonStructure json) {
        String text = json.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
