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
    void everyPlanFieldAFamilyCanSeeHasAnEasyReadLabelOfShortCommonWords() throws IOException {
        Properties texts = bundle();
        List<String> sections = List.of("about-me", "circle", "strengths", "outcomes", "path", "actions", "risks");
        List<String> labels = texts.stringPropertyNames().stream()
                .filter(k -> k.startsWith("field.") && sections.contains(k.split("\\.")[1])).sorted().toList();
        assertThat(labels).hasSizeGreaterThan(25);
        for (String key : labels) {
            String easy = texts.getProperty("fieldEasy." + key.substring("field.".length()));
            assertThat(easy).as(key).isNotBlank();
            // Easy read: a few short words ("Who they are to me", not "Relationship").
            String[] words = easy.replaceAll("[^A-Za-z ]", "").split(" ");
            assertThat(words.length).as(key).isLessThanOrEqualTo(6);
            assertThat(words).as(key).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(8));
        }
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
