package org.guarantees.game.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.guarantees.game.scenario.Issue;
import org.guarantees.game.scenario.Option;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * Issue 15, a seminar a class can play through, seen in real headless Chromium: the instructor's console with bots
 * and its own round lengths, pickers that follow the draft, a proposal confirmed before it is sent, the signing window
 * and a signature cleared by another role's amendment. Bots think for one to two seconds here ({@link QuickBots}).
 */
@QuarkusTest
@TestProfile(QuickBots.class)
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class ClassroomInTheBrowserTest {
    private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URI base;

    @Inject
    ScenarioCatalog catalog;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    /** (a) The console creates a seminar with bots in every seat and its own round lengths; seats switch and students move. */
    @Test
    void instructorCreatesASeminarWithBotsAndOwnRoundLengthsThenMovesAStudent() {
        Page console = desktop();
        console.navigate(url("instructor.html"));
        assertThat(console.locator("#scenario-pick")).containsText("Security guarantees for Ukraine");
        console.locator("#seminar-title").fill("Seminar with bots");
        console.locator("#table-count").fill("2");
        console.locator("#round-count").fill("3");
        assertThat(console.locator(".round-minutes")).hasCount(3);
        console.locator("#round-minutes-1").fill("5");
        console.locator("#round-minutes-2").fill("6");
        console.locator("#round-minutes-3").fill("7");
        console.locator("#bots-play").check();
        console.locator("#strategy-conceder").check();
        assertThat(console.locator("#strategy-set")).containsText("Concedes early and steadily to reach a deal.");
        assertThat(console.locator("#strategy-set")).containsText("Mirrors the others");
        noSeriousViolations(console, "create form");
        Browsers.screenshot(console, "08-console-create");
        console.locator("#create-form button[type=submit]").click();

        assertThat(console.locator("#round-info")).hasText("Rounds: 5, 6, 7 minutes");
        Locator cards = console.locator(".table-card");
        assertThat(cards).hasCount(2);
        for (int i = 0; i < 2; i++) {
            assertThat(cards.nth(i).locator(".badge.bot")).hasCount(4);
            assertThat(cards.nth(i).locator(".badge.bot").first()).hasText("Bot: Conceder");
            assertThat(cards.nth(i)).containsText("Russian Federation");
            assertThat(cards.nth(i)).containsText("Europe (EU and the Coalition of the Willing)");
        }
        String joinCode = console.locator("#join-code").textContent().trim();

        Page student = desktop();
        student.navigate(url("?code=" + joinCode));
        student.getByLabel("Your name").fill("Mariia");
        student.locator("#join-form button").click();
        assertThat(student.locator("#my-role")).hasText("You: Ukraine");
        Locator ukraineSeat = cards.first().locator("li[data-role=ukraine]");
        assertThat(ukraineSeat).containsText("Mariia");
        assertThat(ukraineSeat.locator(".badge.bot")).hasCount(0);
        assertThat(cards.first().locator(".badge.bot")).hasCount(3);

        console.locator("[data-action=start]").click();
        assertThat(console.locator("#action-message")).hasText("Done at 2 tables");
        assertThat(student.locator("#table-info")).containsText("Round 1 of 3");
        assertThat(student.locator("#clock")).hasText(Pattern.compile("Time left: [45]:\\d\\d"));

        // Hand a bot's seat back to the students: cancelled first, then confirmed.
        Locator russiaSeat = cards.first().locator("li[data-role=russia]");
        russiaSeat.locator("select.seat-control").selectOption("students");
        Locator dialog = console.locator("#confirm-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Hand the seat of Russian Federation at table 1 back to the students?");
        console.locator("#confirm-cancel").click();
        assertThat(dialog).isHidden();
        assertThat(russiaSeat.locator(".badge.bot")).hasText("Bot: Conceder");
        russiaSeat.locator("select.seat-control").selectOption("students");
        console.locator("#confirm-ok").click();
        assertThat(russiaSeat.locator(".badge.bot")).hasCount(0);
        assertThat(russiaSeat).containsText("empty");
        russiaSeat.locator("select.seat-control").selectOption("bot:boulware");
        assertThat(dialog).containsText("Put a Boulware bot in the seat of Russian Federation at table 1?");
        console.locator("#confirm-ok").click();
        assertThat(russiaSeat.locator(".badge.bot")).hasText("Bot: Boulware");
        Browsers.screenshot(console, "09-console-live-bots");

        // Move the student to another table and role: its page re-joins and says where it now sits.
        ukraineSeat.locator("button.move-student").click();
        assertThat(dialog).containsText("Move Mariia to another seat");
        console.locator("#move-table").selectOption(new SelectOption().setLabel("Table 2"));
        console.locator("#move-role").selectOption(new SelectOption().setLabel("Russian Federation"));
        console.locator("#confirm-ok").click();
        assertThat(console.locator("#action-message")).hasText("Mariia now sits as Russian Federation at table 2.");
        assertThat(student.locator("#notices")).containsText("The instructor moved you to Russian Federation, table 2.", LONG);
        assertThat(student.locator("#my-role")).hasText("You: Russian Federation");
        assertThat(student.locator("#table-info")).containsText("Table 2");
        assertThat(cards.nth(1).locator("li[data-role=russia]")).containsText("Mariia");

        // Remove the student, after a confirmation.
        cards.nth(1).locator("li[data-role=russia] button.remove-student").click();
        assertThat(dialog).containsText("Remove Mariia from the seminar?");
        console.locator("#confirm-ok").click();
        assertThat(console.locator("#action-message")).hasText("Mariia was removed.");
        assertThat(cards.nth(1).locator("li[data-role=russia]")).not().containsText("Mariia");
        assertThat(student.locator("#notices")).containsText("The instructor removed you from this seminar.", LONG);
        noSeriousViolations(console, "live console");
    }

    /** (b) Each picker shows the current draft, follows another role's amendment, and a proposal is confirmed first. */
    @Test
    void pickersFollowTheDraftAndAProposalIsConfirmedFirst() {
        Seminar seminar = Seminar.create(1, null);
        Page ukraine = desktop();
        seminar.joinInBrowser(ukraine, url(""), "Taras");
        assertThat(ukraine.locator("#my-role")).hasText("You: Ukraine");
        try (SeatClient russia = seminar.seat(base, "russia")) {
            seminar.start();
            assertThat(ukraine.locator("#phase")).hasText("Negotiating");

            ukraine.locator("#propose").click();
            Locator dialog = ukraine.locator("#propose-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog).containsText("There is no draft yet: this package becomes version 1");
            assertThat(dialog.locator("#propose-changes li")).hasCount(scenario().issues().size());
            ukraine.locator("#propose-cancel").click();
            assertThat(dialog).isHidden();
            ukraine.waitForTimeout(1000);
            assertThat(ukraine.locator("#board caption")).containsText("Draft version 0");

            ukraine.locator("#propose").click();
            ukraine.locator("#propose-confirm").click();
            assertThat(ukraine.locator("#board caption")).containsText("Draft version 1");
            JsonNode proposed = russia.event("draft.proposed");
            assertPickersShowTheDraft(ukraine);

            Issue territory = issue("territory");
            Issue sanctions = issue("sanctions");
            Issue guarantee = issue("guarantee-form");
            String territoryNow = proposed.path("data").path("options").path("territory").asText();
            List<Option> otherTerritory = territory.options().stream().filter(o -> !o.id().equals(territoryNow)).toList();
            Option mine = otherTerritory.get(0);
            Option russias = otherTerritory.get(1);
            Option sanctionsChoice = other(sanctions, proposed.path("data").path("options").path("sanctions").asText());
            row(ukraine, "territory").locator("select").selectOption(mine.id());
            row(ukraine, "sanctions").locator("select").selectOption(sanctionsChoice.id());
            row(ukraine, "guarantee-form").locator("select").selectOption("none");
            assertThat(row(ukraine, "sanctions").locator(".badge.edited")).hasText("your choice, not yet in the draft");

            russia.reply(russia.send(SeatClient.move("amend").put("baseVersion", 1).put("issue", "territory")
                    .put("option", russias.id())));
            assertThat(ukraine.locator("#board caption")).containsText("Draft version 2");
            assertThat(row(ukraine, "territory").locator("td.draft")).containsText(russias.label());
            assertThat(row(ukraine, "territory").locator("select")).hasValue(russias.id());
            assertThat(ukraine.locator("#feedback")).containsText(territory.title()
                    + " changed in the draft while you were choosing");
            assertThat(row(ukraine, "sanctions").locator("select")).hasValue(sanctionsChoice.id());
            assertPickersShowTheDraftExcept(ukraine, List.of("sanctions", "guarantee-form"));

            ukraine.locator("#propose").click();
            assertThat(dialog).containsText("It changes 2 clauses of draft version 2:");
            assertThat(dialog.locator("#propose-changes")).containsText(sanctions.title());
            assertThat(dialog.locator("#propose-changes")).containsText(guarantee.title());
            assertThat(dialog.locator("#propose-changes")).not().containsText(territory.title());
            assertThat(dialog.locator("#propose-red-lines")).containsText("It crosses your red lines:");
            assertThat(dialog.locator("#propose-red-lines")).containsText(guarantee.title() + " → "
                    + guarantee.options().stream().filter(o -> o.id().equals("none")).findFirst().orElseThrow().label());
            noSeriousViolations(ukraine, "proposal confirmation");
            ukraine.keyboard().press("Escape");
            assertThat(dialog).isHidden();
            ukraine.waitForTimeout(1000);
            assertThat(ukraine.locator("#board caption")).containsText("Draft version 2");
        }
    }

    /** (c) A student plays against three bots, puts a version out for signature and the table concludes a deal. */
    @Test
    void aStudentSignsADealWithBotsThroughTheSigningWindow() {
        Seminar seminar = Seminar.create(1, "conceder", 4);
        Page student = desktop();
        seminar.joinInBrowser(student, url(""), "Oksana");
        assertThat(student.locator("#my-role")).hasText("You: Ukraine");
        seminar.start();
        assertThat(student.locator("#phase")).hasText("Negotiating");
        Map<String, String> compromise = compromise();
        boolean sawWindow = false;
        long until = System.currentTimeMillis() + 200_000;
        while (!"Deal concluded".equals(student.locator("#phase").textContent()) && System.currentTimeMillis() < until) {
            Locator sign = student.locator("#sign");
            if (student.locator("#signing-window").isVisible()) {
                sawWindow = true;
                tryClick(sign);
            } else if (!draftIs(student, compromise)) {
                String before = student.locator("#board caption").textContent();
                compromise.forEach((issue, option) -> row(student, issue).locator("select").selectOption(option));
                if (!student.locator("#propose").isEnabled()) {
                    continue; // a bot has just put a version out for signature: the draft is frozen
                }
                if (!tryClick(student.locator("#propose"))) {
                    continue;
                }
                if (tryClick(student.locator("#propose-confirm"))) {
                    try {
                        student.waitForCondition(() -> !before.equals(student.locator("#board caption").textContent())
                                || student.locator("#feedback").textContent().startsWith("Not accepted"),
                                new Page.WaitForConditionOptions().setTimeout(10_000));
                    } catch (com.microsoft.playwright.PlaywrightException e) {
                        // the loop looks at the table again
                    }
                } else {
                    tryClick(student.locator("#propose-cancel"));
                }
                continue;
            } else if (sign.isVisible() && sign.textContent().endsWith("and put it out for signature")) {
                sawWindow |= tryClick(sign);
            } else if (tryClick(student.locator("#unsign"))) {
                // A bot declined the version this seat put out: withdraw, give the bots time to concede, put it out again.
                student.waitForTimeout(3000);
            }
            student.waitForTimeout(1000);
        }
        assertThat(student.locator("#phase")).hasText("Deal concluded");
        org.assertj.core.api.Assertions.assertThat(sawWindow).as("the deal went through a signing window").isTrue();
        assertThat(student.locator("#news-list")).containsText("out for signature");
        assertThat(student.locator("#final-points")).containsText("Your points");
        assertThat(student.locator("#durability-score")).containsText("/100", LONG);
    }

    /** (d) The signing window, a decline with a reason, a signature cleared by an amendment, and answered offers. */
    @Test
    void theSigningWindowAndAClearedSignatureAreExplained() {
        Seminar seminar = Seminar.create(1, null);
        Page ukraine = desktop();
        seminar.joinInBrowser(ukraine, url(""), "Iryna");
        assertThat(ukraine.locator("#my-role")).hasText("You: Ukraine");
        try (SeatClient russia = seminar.seat(base, "russia"); SeatClient usa = seminar.seat(base, "usa");
             SeatClient europe = seminar.seat(base, "europe")) {
            seminar.start();
            ObjectNode first = SeatClient.JSON.createObjectNode();
            scenario().issues().forEach(i -> first.put(i.id(), i.options().get(0).id()));
            usa.reply(usa.send(SeatClient.move("propose").put("baseVersion", 0).set("options", first)));
            assertThat(ukraine.locator("#board caption")).containsText("Draft version 1");

            assertThat(ukraine.locator("#sign")).hasText("Sign version 1 and put it out for signature");
            assertThat(ukraine.locator("#sign-help")).containsText("signing window of 2 min");
            ukraine.locator("#sign").click();
            assertThat(ukraine.locator("#signing-window")).hasText("Version 1 is out for signature");
            assertThat(ukraine.locator("#signing-status")).containsText("Put out by Ukraine");
            assertThat(ukraine.locator("#awaited")).hasText("Awaited: Russian Federation, United States, "
                    + "Europe (EU and the Coalition of the Willing)");
            assertThat(ukraine.locator("#signing-countdown")).containsText("Closes in 1:");
            assertThat(ukraine.locator("#you-signed")).hasText("You have signed version 1.");
            assertThat(ukraine.locator("#propose")).isDisabled();
            assertThat(ukraine.locator("#frozen-note")).containsText("The draft is frozen: version 1 is out for signature");

            usa.reply(usa.send(SeatClient.move("sign").put("version", 1)));
            europe.reply(europe.send(SeatClient.move("sign").put("version", 1)));
            assertThat(ukraine.locator("#awaited")).hasText("Awaited: Russian Federation");
            russia.reply(russia.send(SeatClient.move("decline-signing").put("version", 1)
                    .put("reason", "Territory must be settled first")));
            assertThat(ukraine.locator("#toast")).containsText(
                    "Russian Federation declined version 1: Territory must be settled first. The draft is open again.");
            assertThat(ukraine.locator("#signing-window")).hasCount(0);
            assertThat(ukraine.locator("#you-signed")).hasText("Your signature on version 1 stands as long as the draft does not change.");

            Issue territory = issue("territory");
            russia.reply(russia.send(SeatClient.move("amend").put("baseVersion", 1).put("issue", "territory")
                    .put("option", territory.options().get(1).id())));
            String cleared = "Russian Federation amended " + territory.title() + ": your signature on version 1 was cleared";
            assertThat(ukraine.locator("#notices")).containsText(cleared);
            ukraine.waitForTimeout(4000);
            russia.reply(russia.send(SeatClient.move("chat").put("text", "Now we can talk")));
            assertThat(ukraine.locator("#chat-log")).containsText("Now we can talk");
            assertThat(ukraine.locator("#notices")).containsText(cleared);
            assertThat(ukraine.locator("#feedback")).not().containsText("Sent.");

            // Everyone else signs version 2: only this seat's signature is missing.
            usa.reply(usa.send(SeatClient.move("sign").put("version", 2)));
            russia.reply(russia.send(SeatClient.move("sign").put("version", 2)));
            europe.reply(europe.send(SeatClient.move("sign").put("version", 2)));
            assertThat(ukraine.locator("#signing-banner")).hasText(
                    "Everyone else has signed version 2: only your signature is missing.");
            assertThat(ukraine.locator("#signing-status")).containsText("Put out by United States");
            assertThat(ukraine.locator("#sign")).hasText("Sign version 2");
            noSeriousViolations(ukraine, "signing window");
            ukraine.evaluate("() => window.scrollTo(0, 0)");
            Browsers.screenshot(ukraine, "10-signing-window");
            onAPhone(ukraine, "11-signing-window-phone");

            ukraine.locator("#notices button.dismiss").click();
            assertThat(ukraine.locator("#notices")).not().containsText(cleared);

            assertThat(ukraine.locator("#decline-signing")).isDisabled();
            ukraine.locator("#decline-signing-reason").fill("We need a stronger guarantee");
            ukraine.locator("#decline-signing").click();
            JsonNode declined = russia.await(f -> "signing.declined".equals(f.path("event").asText())
                    && "ukraine".equals(f.path("actor").asText()), Duration.ofSeconds(15));
            org.assertj.core.api.Assertions.assertThat(declined.path("data").path("reason").asText())
                    .isEqualTo("We need a stronger guarantee");
            assertThat(ukraine.locator("#sign")).hasText("Sign version 2 and put it out for signature");
            assertThat(ukraine.locator("#signing-banner")).isHidden();

            // Offers: the form starts empty; a declined offer and an accepted one stay listed as such.
            assertThat(ukraine.locator("#offer-to")).hasValue("");
            assertThat(ukraine.locator("#offer-send")).isDisabled();
            assertThat(ukraine.locator("#offer-hint")).hasText("To send, choose the recipient and a clause and an option on each side.");
            ObjectNode offer = SeatClient.move("offer").put("to", "ukraine");
            offer.putObject("give").put("issue", "sanctions").put("option", issue("sanctions").options().get(0).id());
            offer.putObject("want").put("issue", "nato").put("option", issue("nato").options().get(0).id());
            russia.reply(russia.send(offer));
            ukraine.locator("#offer-list .decline-offer-open").click();
            ukraine.locator("#offer-list .decline-reason").fill("Not while the front is active");
            ukraine.locator("#offer-list .decline-send").click();
            assertThat(ukraine.locator("#answered-list")).containsText("declined by Ukraine: Not while the front is active");

            ukraine.locator("#offer-to").selectOption("russia");
            ukraine.locator("#give-issue").selectOption("sanctions");
            ukraine.locator("#give-option").selectOption(issue("sanctions").options().get(1).id());
            ukraine.locator("#want-issue").selectOption("sanctions");
            ukraine.locator("#want-option").selectOption(issue("sanctions").options().get(2).id());
            assertThat(ukraine.locator("#offer-hint")).hasText("The two sides must be different clauses.");
            assertThat(ukraine.locator("#offer-send")).isDisabled();
            ukraine.locator("#want-issue").selectOption("ceasefire");
            ukraine.locator("#want-option").selectOption(issue("ceasefire").options().get(1).id());
            assertThat(ukraine.locator("#offer-send")).isEnabled();
            ukraine.locator("#offer-send").click();
            JsonNode made = russia.await(f -> "offer.made".equals(f.path("event").asText())
                    && "ukraine".equals(f.path("actor").asText()), Duration.ofSeconds(15));
            assertThat(ukraine.locator("#offer-to")).hasValue("");
            russia.reply(russia.send(SeatClient.move("accept-offer").put("offerId", made.path("data").path("offerId").asText())));
            assertThat(ukraine.locator("#answered-list")).containsText("accepted by Russian Federation");
            assertThat(ukraine.locator("#offers")).not().containsText("No open offers");
        }
    }

    /** The signing panel on a phone: nothing scrolls sideways, and the screenshot shows the screen a student sees. */
    private static void onAPhone(Page page, String screenshot) {
        page.setViewportSize(Phone.WIDTH, Phone.HEIGHT);
        try {
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            org.assertj.core.api.Assertions.assertThat(scrollWidth.intValue()).as("page width on a phone").isLessThanOrEqualTo(Phone.WIDTH);
            page.evaluate("() => window.scrollTo(0, document.getElementById('signing').getBoundingClientRect().top + window.scrollY"
                    + " - document.querySelector('.sticky-alerts').offsetHeight - 8)");
            assertThat(page.locator("#sign")).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve(screenshot + ".png")));
        } finally {
            page.setViewportSize(1280, 800);
        }
    }

    /** Clicks when the control is there and enabled within a moment: the bots may change the table at any time. */
    private static boolean tryClick(Locator control) {
        try {
            if (!control.isVisible() || !control.isEnabled()) {
                return false;
            }
            control.click(new Locator.ClickOptions().setTimeout(2000));
            return true;
        } catch (com.microsoft.playwright.PlaywrightException e) {
            return false;
        }
    }

    private static void assertPickersShowTheDraft(Page page) {
        assertPickersShowTheDraftExcept(page, List.of());
    }

    private static void assertPickersShowTheDraftExcept(Page page, List<String> edited) {
        Locator rows = page.locator("#board tbody tr");
        for (int i = 0; i < rows.count(); i++) {
            Locator row = rows.nth(i);
            if (edited.contains(row.getAttribute("data-issue"))) {
                continue;
            }
            String picked = (String) row.locator("select").evaluate("s => s.options[s.selectedIndex].text");
            String label = picked.replaceAll(" \\([+-]?\\d+\\)( ⚠)?$", "");
            org.assertj.core.api.Assertions.assertThat(row.locator("td.draft").textContent())
                    .as("the picker of %s shows the draft", row.getAttribute("data-issue")).startsWith(label);
        }
    }

    private static boolean draftIs(Page page, Map<String, String> options) {
        if (page.locator("#board caption").textContent().contains("Draft version 0")
                || page.locator("#board tbody tr.edited").count() > 0) {
            return false;
        }
        return options.entrySet().stream().allMatch(e -> e.getValue().equals(row(page, e.getKey()).locator("select").inputValue()));
    }

    private static Locator row(Page page, String issue) {
        return page.locator("#board tbody tr[data-issue=" + issue + "]");
    }

    /** The package that leaves the worst-off role the most above its value of no deal, crossing no red line. */
    private Map<String, String> compromise() {
        Scenario s = scenario();
        Map<String, String> pick = new LinkedHashMap<>();
        for (Issue issue : s.issues()) {
            pick.put(issue.id(), issue.options().stream().filter(o -> allowed(s, issue, o))
                    .max((a, b) -> Integer.compare(total(s, issue, a), total(s, issue, b))).orElseThrow().id());
        }
        for (int pass = 0; pass < 20; pass++) {
            boolean better = false;
            for (Issue issue : s.issues()) {
                for (Option option : issue.options()) {
                    if (!allowed(s, issue, option)) {
                        continue;
                    }
                    Map<String, String> next = new HashMap<>(pick);
                    next.put(issue.id(), option.id());
                    if (worstSurplus(s, next) > worstSurplus(s, pick)) {
                        pick.put(issue.id(), option.id());
                        better = true;
                    }
                }
            }
            if (!better) {
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(worstSurplus(s, pick)).as("a package every role prefers to no deal").isPositive();
        return pick;
    }

    private static boolean allowed(Scenario s, Issue issue, Option option) {
        return s.roles().stream().noneMatch(r -> r.crosses(issue.id(), option.id()));
    }

    private static int total(Scenario s, Issue issue, Option option) {
        return s.roles().stream().mapToInt(r -> r.points(issue.id(), option.id())).sum();
    }

    private static int worstSurplus(Scenario s, Map<String, String> pick) {
        return s.roles().stream().mapToInt((Role r) -> r.points(pick) - r.noDealValue()).min().orElseThrow();
    }

    private Scenario scenario() {
        return catalog.defaultScenario();
    }

    private Issue issue(String id) {
        return scenario().issues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Option other(Issue issue, String current) {
        return issue.options().stream().filter(o -> !o.id().equals(current)).findFirst().orElseThrow();
    }

    private static Page desktop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
    }

    private static void noSeriousViolations(Page page, String what) {
        org.assertj.core.api.Assertions.assertThat(Browsers.seriousAxeViolations(page)).as("axe-core on the " + what).isEmpty();
    }

    private String url(String path) {
        return base.resolve("/" + path).toString();
    }

    /** A seminar made over REST, as the console would make it; its other seats are scripted over the protocol. */
    private record Seminar(String id, String joinCode, String token, String tableId) {
        static Seminar create(int tables, String botStrategy, Integer... roundMinutes) {
            Map<String, Object> body = new HashMap<>(Map.of("title", "Browser seminar " + UUID.randomUUID(), "tables", tables));
            if (botStrategy != null) {
                body.put("botStrategy", botStrategy);
            }
            if (roundMinutes.length > 0) {
                body.put("roundMinutes", List.of(roundMinutes));
            }
            JsonPath created = given().contentType(ContentType.JSON).body(body).post("/api/v1/seminars")
                    .then().statusCode(201).extract().jsonPath();
            return new Seminar(created.getString("seminarId"), created.getString("joinCode"),
                    created.getString("instructorToken"), created.getString("tables[0].id"));
        }

        void joinInBrowser(Page page, String home, String name) {
            page.navigate(home + "?code=" + joinCode);
            page.getByLabel("Your name").fill(name);
            page.locator("#join-form button").click();
        }

        SeatClient seat(URI base, String role) {
            JsonPath joined = given().contentType(ContentType.JSON).body(Map.of("joinCode", joinCode, "displayName",
                            "Scripted " + role, "browserKey", "scripted-" + UUID.randomUUID(), "role", role, "table", 1))
                    .post("/api/v1/join").then().statusCode(200).extract().jsonPath();
            SeatClient client = SeatClient.connect(base, joined.getString("tableId"), joined.getString("seatToken"), 0);
            client.await(f -> "welcome".equals(f.path("type").asText()), Duration.ofSeconds(10));
            return client;
        }

        void start() {
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                    .body(Map.of("action", "start")).post("/api/v1/seminars/" + id + "/clock").then().statusCode(200);
        }
    }
}
