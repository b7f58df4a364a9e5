package org.coplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coplan.security.Role;
import org.junit.jupiter.api.Test;

/** Pages, their texts and their labels, checked without a server. */
public class PagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    public static Properties bundle() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PagesTest.class.getResourceAsStream("/org/coplan/web/messages.properties")) {
            texts.load(in);
        }
        return texts;
    }

    @Test
    void everyRoleHasAHomePageThatExists() {
        for (Role role : Role.values()) {
            String page = HomePages.of(role);
            assertThat(page).as(role.name()).isNotNull();
            assertThat(WEBAPP.resolve(page.substring(1))).as(role.name()).exists();
        }
    }

    @Test
    void everyTextAPageNamesIsInTheEnGbBundle() throws IOException {
        Properties texts = bundle();
        Pattern key = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new HashSet<>();
        for (Path page : pages()) {
            Matcher m = key.matcher(Files.readString(page));
            while (m.find()) {
                if (!texts.containsKey(m.group(1))) {
                    missing.add(page + ": " + m.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            if (!texts.containsKey("menu." + role.code())) {
                missing.add("menu." + role.code());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyInputHasALabel() throws IOException {
        Pattern input = Pattern.compile("<(?:h|p):input\\w*\\s[^>]*id=\"([^\"]+)\"");
        for (Path page : pages()) {
            String xhtml = Files.readString(page);
            Matcher m = input.matcher(xhtml);
            while (m.find()) {
                assertThat(xhtml).as(page + " label for " + m.group(1)).containsPattern("for=\"" + m.group(1) + "\"");
            }
        }
    }

    @Test
    void noPageTurnsOffEscaping() throws IOException {
        for (Path page : pages()) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("escape=\"false\"");
        }
    }
}
