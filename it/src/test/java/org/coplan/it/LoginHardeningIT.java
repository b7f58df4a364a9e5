package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.security.AccountService;
import org.coplan.security.Role;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login hardening, inside the server and over HTTP to it: failed sign-ins are throttled per
 * account and per address (the login form and the API alike), the right password is refused while
 * throttled and taken once the delay is over; weak passwords are refused when an account is
 * created; disabling a user or ending their portal link ends their live session at once.
 *
 * <p>The test domain sets short delays (2 s, at most 4 s, a 15 s window, 15 failures an address:
 * see the module's pom); each test that leaves failures behind waits a window, so that no later
 * test, from the same address, finds it throttled.
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    private static final String THROTTLED_ACCOUNT = "Too many failed sign-ins for this account. Try again in 1 minute.";
    private static final String THROTTLED_ADDRESS = "Too many failed sign-ins from your network. Try again in 1 minute.";
    private static final String WRONG = "The user name or password is wrong.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(LoginHardeningIT.class, WebSession.class, WebSession.Page.class,
                WebSession.Attempt.class, Api.class);
    }

    @Inject
    TestData data;

    @Inject
    AccountService accounts;

    @Inject
    PortalService portal;

    private final HttpClient http = HttpClient.newHttpClient();

    private TestData.World w;

    @BeforeEach
    void createWorld() {
        w = data.world();
    }

    private static long setting(String name) {
        return Long.parseLong(System.getProperty("coplan.login." + name));
    }

    /** Waits until no failure of this test counts any longer, so that the next test starts clean. */
    private static void quiet() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(setting("window-seconds") + 1).toMillis());
    }

    private HttpResponse<String> me(String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/me")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTestDomainThrottlesWithShortDelaysAndTheDefaultCountPerAccount() {
        // Without these the waits below would be minutes, or would not prove the right thing.
        assertThat(setting("first-delay-seconds")).isEqualTo(4);
        assertThat(setting("longest-delay-seconds")).isEqualTo(8);
        assertThat(System.getProperty("coplan.login.account-failures")).as("the default of 5 is used").isNull();
    }

    @Test
    void fiveFailedSignInsThrottleTheAccountAndTheRightPasswordWorksOnceTheDelayIsOver() throws Exception {
        String user = w.practitionerA();
        for (int i = 1; i <= 5; i++) {
            WebSession.Attempt wrong = WebSession.attempt(user, "not-the-password-" + i);
            assertThat(wrong.signedIn()).isFalse();
            assertThat(wrong.page()).as("failure " + i).contains(WRONG).doesNotContain("Too many");
        }
        WebSession.Attempt refused = WebSession.attempt(user, TestData.PASSWORD);
        assertThat(refused.signedIn()).as("the right password, while throttled").isFalse();
        assertThat(refused.page()).contains(THROTTLED_ACCOUNT).doesNotContain(WRONG);
        assertThat(data.auditEventsFor("login.throttled", user)).isEqualTo(1);
        // Another account from the same address is not held up.
        assertThat(WebSession.attempt(w.practitionerB(), TestData.PASSWORD).signedIn()).isTrue();

        Thread.sleep(Duration.ofSeconds(setting("first-delay-seconds")).plusMillis(300).toMillis());
        WebSession in = WebSession.signIn(user, TestData.PASSWORD);
        assertThat(in.get("/people/caseload.xhtml").status()).isEqualTo(200);
        // The success cleared the account's count: four more failures do not throttle it.
        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.attempt(user, "still-not-it-" + i).page()).contains(WRONG);
        }
        assertThat(WebSession.attempt(user, TestData.PASSWORD).signedIn()).isTrue();
        quiet();
    }

    @Test
    void theApiAnswers429WithRetryAfterWhileTheAccountIsThrottledAndTheDelayGrowsToItsCap() throws Exception {
        String user = w.practitionerB();
        for (int i = 1; i <= 5; i++) {
            assertThat(me(user, "not-the-password-" + i).statusCode()).as("failure " + i).isEqualTo(401);
        }
        HttpResponse<String> refused = me(user, TestData.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, setting("first-delay-seconds"));
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(Api.object(refused.body()).getString("message")).startsWith("Too many failed sign-ins for this account.");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).as("not asked to try other credentials").isEmpty();
        assertThat(data.auditEventsFor("login.throttled", user)).isEqualTo(1);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        // One more failure once the delay is over throttles again, for longer, but never past the cap.
        assertThat(me(user, "not-the-password-6").statusCode()).isEqualTo(401);
        HttpResponse<String> longer = me(user, TestData.PASSWORD);
        assertThat(longer.statusCode()).isEqualTo(429);
        long secondDelay = Long.parseLong(longer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(secondDelay).isGreaterThan(setting("first-delay-seconds")).isLessThanOrEqualTo(setting("longest-delay-seconds"));

        Thread.sleep(Duration.ofSeconds(secondDelay).plusMillis(300).toMillis());
        assertThat(me(user, TestData.PASSWORD).statusCode()).isEqualTo(200);
        quiet();
    }

    @Test
    void manyFailuresFromOneAddressThrottleItWhateverTheNames() throws Exception {
        quiet();
        String prefix = "nobody." + UUID.randomUUID().toString().substring(0, 8) + ".";
        int failures = 0;
        HttpResponse<String> answer;
        do {
            answer = me(prefix + failures, "not-the-password");
            failures++;
        } while (answer.statusCode() == 401 && failures < 40);
        assertThat(answer.statusCode()).as("refused after " + failures + " sign-ins").isEqualTo(429);
        assertThat(failures).as("every name was new: only the address's count can refuse").isEqualTo(16);
        // A real user with the right password, from this address, waits too.
        HttpResponse<String> real = me(w.practitionerA(), TestData.PASSWORD);
        assertThat(real.statusCode()).isEqualTo(429);
        assertThat(Api.object(real.body()).getString("message")).startsWith("Too many failed sign-ins from your network.");
        WebSession.Attempt form = WebSession.attempt(w.practitionerA(), TestData.PASSWORD);
        assertThat(form.signedIn()).as("the form's answer: %s", form.page()).isFalse();
        assertThat(form.page()).contains(THROTTLED_ADDRESS);

        Thread.sleep(Duration.ofSeconds(setting("first-delay-seconds")).plusMillis(300).toMillis());
        assertThat(me(w.practitionerA(), TestData.PASSWORD).statusCode()).isEqualTo(200);
        quiet();
    }

    @Test
    void aWeakOrCommonPasswordIsRefusedWhenAnAccountIsCreated() throws Exception {
        String username = "it.pw." + w.suffix();
        for (String weak : new String[] {"short-one", "password1234", "Sunshine2026!!", "monkeymonkey", "CoPlan-spring-days",
                "our council offices", username + "-2026"}) {
            assertThatThrownBy(() -> RunAs.user(w.admin(), () -> accounts.createAccount(username, "Weak Password", weak,
                    EnumSet.of(Role.PRACTITIONER), Set.of())))
                    .as(weak).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("password"));
        }
        assertThat(data.accounts(username)).isZero();
        RunAs.user(w.admin(), () -> accounts.createAccount(username, "Strong Password", "orange kettle brave moss",
                EnumSet.of(Role.PRACTITIONER), Set.of()));
        assertThat(data.accounts(username)).isEqualTo(1);
        assertThat(me(username, "orange kettle brave moss").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAUserEndsTheirLiveSessionAtOnce() throws Exception {
        WebSession session = WebSession.signIn(w.practitionerA(), TestData.PASSWORD);
        WebSession other = WebSession.signIn(w.practitionerB(), TestData.PASSWORD);
        assertThat(session.get("/people/caseload.xhtml").uri().getPath()).endsWith("/people/caseload.xhtml");

        RunAs.user(w.admin(), () -> {
            accounts.disableAccount(w.practitionerA(), "Left the council");
            return null;
        });

        WebSession.Page next = session.get("/people/caseload.xhtml");
        assertThat(next.uri().getPath()).endsWith("/session-ended.xhtml");
        assertThat(next.bodyText()).contains("your access to CoPlan has changed");
        // The session is gone: the same cookie now leads to the login page.
        assertThat(session.get("/people/caseload.xhtml").uri().getPath()).endsWith("/login.xhtml");
        assertThat(WebSession.attempt(w.practitionerA(), TestData.PASSWORD).signedIn()).isFalse();
        // Nobody else's session ended.
        assertThat(other.get("/people/caseload.xhtml").uri().getPath()).endsWith("/people/caseload.xhtml");
        assertThat(data.auditEventsFor("account.disable", w.admin())).isEqualTo(1);
        quiet();
    }

    @Test
    void onlyAnAdministratorDisablesAnAccountAndNeverTheirOwn() throws Exception {
        assertThatThrownBy(() -> RunAs.user(w.managerAB(), () -> {
            accounts.disableAccount(w.practitionerA(), "Not mine to do");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(w.admin(), () -> {
            accounts.disableAccount(w.admin(), "Myself");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(WebSession.attempt(w.practitionerA(), TestData.PASSWORD).signedIn()).isTrue();
        assertThat(WebSession.attempt(w.admin(), TestData.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anAdministratorListsAccountsWithRolesAndStatusAndNoOneElseMay() throws Exception {
        RunAs.user(w.admin(), () -> {
            accounts.disableAccount(w.practitionerB(), "Left the council");
            return null;
        });
        var found = RunAs.user(w.admin(), () -> org.coplan.shared.SqlStatements.counted(() -> accounts.accounts(w.suffix())));
        assertThat(found.result()).extracting(org.coplan.security.AccountSummary::username)
                .contains(w.practitionerA(), w.practitionerB(), w.managerAB(), w.admin());
        assertThat(found.result()).filteredOn(a -> a.username().equals(w.practitionerB())).singleElement()
                .satisfies(a -> assertThat(a.enabled()).isFalse())
                .satisfies(a -> assertThat(a.roles()).containsExactly("practitioner"));
        assertThat(found.result()).filteredOn(a -> a.username().equals(w.managerAB())).singleElement()
                .satisfies(a -> assertThat(a.enabled()).isTrue());
        assertThat(found.reads()).as("%s", found.reads()).hasSizeLessThanOrEqualTo(4);
        assertThat(data.auditEventsFor("account.list", w.admin())).isEqualTo(1);
        assertThatThrownBy(() -> RunAs.user(w.managerAB(), () -> accounts.accounts(""))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void endingAPortalLinkEndsTheFamilyMembersLiveSessionAtOnce() throws Exception {
        long link = RunAs.user(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft(w.family(),
                PortalRelationship.FAMILY_MEMBER, EnumSet.of(SectionKey.ABOUT_ME), "Ann wants her daughter to see About me",
                null)));
        WebSession family = WebSession.signIn(w.family(), TestData.PASSWORD);
        assertThat(family.get("/portal/home.xhtml").uri().getPath()).endsWith("/portal/home.xhtml");

        RunAs.user(w.practitionerA(), () -> {
            portal.end(link, "Ann asked for it to end");
            return null;
        });

        WebSession.Page next = family.get("/portal/home.xhtml");
        assertThat(next.uri().getPath()).endsWith("/session-ended.xhtml");
        assertThat(family.get("/portal/home.xhtml").uri().getPath()).endsWith("/login.xhtml");
        // Still a user: they may sign in again, and then see nothing of Ann's plan.
        WebSession again = WebSession.signIn(w.family(), TestData.PASSWORD);
        assertThat(again.get("/portal/home.xhtml").uri().getPath()).endsWith("/portal/home.xhtml");
    }
}
