package org.coplan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The policy PrimeFaces sends on pages and the one the filter sends elsewhere are one, and pages keep to it. */
class ContentSecurityPolicyTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static String contextParameter(String name) throws IOException {
        Matcher m = Pattern.compile("<param-name>" + Pattern.quote(name) + "</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(Files.readString(WEBAPP.resolve("WEB-INF/web.xml")));
        return m.find() ? m.group(1) : null;
    }

    @Test
    void primeFacesSendsTheFiltersPolicyWithItsNonceAddedToScriptSrc() throws IOException {
        assertThat(contextParameter("primefaces.CSP")).isEqualTo("true");
        String policy = contextParameter(SecurityHeadersFilter.POLICY_PARAMETER);
        assertThat(policy).isEqualTo(SecurityHeadersFilter.POLICY).doesNotContain("\n");
        // PrimeFaces appends " 'nonce-…';" to the policy as it stands: script-src must come last.
        assertThat(policy).endsWith("script-src 'self'");
        assertThat(policy).doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    }

    @Test
    void noPageUsesScriptThePolicyWouldRefuse() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern refused = Pattern.compile("<f:ajax\\b|<script\\b|javascript:|<h:commandLink\\b|\\son[a-z]+=\"[^\"]*\\beval\\(");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = refused.matcher(Files.readString(page));
                while (m.find()) {
                    found.add(page + ": " + m.group());
                }
            }
        }
        // f:ajax and h:commandLink run Faces' own script, which PrimeFaces' nonce does not cover: use p:ajax
        // and p:commandLink. Scripts belong in files under resources/js (h:outputScript).
        assertThat(found).isEmpty();
    }

    @Test
    void everyPageThatCanPostAFormLoadsPrimeFacesScriptWhichAddsTheNonceToForms() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                boolean ownHead = text.contains("<h:head");
                boolean mayPost = text.contains("<h:form") || text.contains("<ui:insert");
                if (ownHead && mayPost && !text.contains("library=\"primefaces\" name=\"core.js\"")) {
                    missing.add(page.toString());
                }
            }
        }
        // Without it a page with no PrimeFaces component posts its form without the nonce, and is refused.
        assertThat(missing).isEmpty();
    }
}
