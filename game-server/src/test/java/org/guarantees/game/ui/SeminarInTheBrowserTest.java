package org.guarantees.game.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An instructor and four students run a whole seminar in real headless Chromium, from the join code to the debrief. */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class SeminarInTheBrowserTest {
    private static final String PRIVATE = "Only for Ukraine: we could accept monitors";
    private static final String MARKUP = "<b>bold</b> <img src=x onerror=\"document.title='hacked'\"> & friends";
    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URI base;

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

    @Test
    void instructorAndFourStudentsPlayAWholeGameToTheDebrief() {
        Page console = browser.newContext().newPage();
        console.navigate(url("instructor.html"));
        noSeriousViolations(console, "create seminar form");
        console.locator("#seminar-title").fill("Seminar in the browser");
        console.locator("#table-count").fill("2");
        console.locator("#create-form button").click();
        assertThat(console.locator("#join-code")).hasText(Pattern.compile("\\S{4,}"));
        assertThat(console.locator("#qr svg")).isVisible();
        String joinCode = console.locator("#join-code").textContent().trim();

        Map<String, Page> students = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            BrowserContext context = browser.newContext();
            SocketControl.install(context);
            Page page = context.newPage();
            page.navigate(url(""));
            if (i == 1) {
                noSeriousViolations(page, "join page");
                Browsers.screenshot(page, "01-join");
                Keyboard.tabTo(page, "#join-code");
                page.keyboard().type(joinCode);
                Keyboard.tabTo(page, "#display-name");
                page.keyboard().type("Student 1");
                Keyboard.tabTo(page, "#join-form button");
                page.keyboard().press("Enter");
            } else {
                page.getByLabel("Join code").fill(joinCode);
                page.getByLabel("Your name").fill("Student " + i);
                page.locator("#join-form button").click();
            }
            assertThat(page.locator("#phase")).containsText("Waiting");
            students.put(roleOf(page), page);
        }
        assertThat(console.locator(".table-card").first()).containsText("Student 4");
        SecondTable secondTable = SecondTable.seat(base, joinCode);
        Browsers.screenshot(console, "05-instructor-lobby");

        console.locator("[data-action=start]").click();
        students.values().forEach(p -> assertThat(p.locator("#phase")).hasText("Negotiating"));

        Page ukraine = students.get("ukraine");
        Page russia = students.get("russia");
        Page usa = students.get("usa");
        Page europe = students.get("europe");
        // Ukraine opens with the first option of every clause, so that its deal and the second table's differ in
        // exactly the clause Europe amends below.
        Locator pickers = ukraine.locator("#board tbody select");
        for (int i = 0; i < pickers.count(); i++) {
            pickers.nth(i).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        }
        Keyboard.tabTo(ukraine, "#propose");
        ukraine.keyboard().press("Enter");
        assertThat(ukraine.locator("#propose-dialog")).containsText("There is no draft yet");
        ukraine.keyboard().press("Enter"); // the confirmation's focus is on "Confirm: propose this package"
        students.values().forEach(p -> assertThat(p.locator("#board caption")).containsText("Draft version 1"));
        assertThat(russia.locator("#meter-points")).containsText("points");
        russia.locator("#board tbody tr").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Object"))).click();
        assertThat(ukraine.locator("#board tbody tr").first().locator(".stances")).containsText("objects");

        russia.locator("#chat-input").fill(MARKUP);
        russia.locator("#chat-send").click();
        assertThat(europe.locator("#chat-log li").last().locator(".text")).hasText(MARKUP);
        assertThat(europe.locator("#chat-log b")).hasCount(0);
        assertThat(europe.locator("#chat-log img")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(europe.title()).isNotEqualTo("hacked");
        russia.locator("[data-channel=ukraine]").click();
        russia.locator("#chat-input").fill(PRIVATE);
        russia.locator("#chat-send").click();
        assertThat(ukraine.locator("[data-channel=russia] .unread")).hasText("1");
        russia.locator("[data-channel=public]").click();

        console.locator("#inject-title").fill("Drone strike on an energy plant");
        console.locator("#inject-text").fill("A night attack cut power to a city of a million people.");
        console.locator("#inject-form button").click();
        students.values().forEach(p -> assertThat(p.locator("#toast")).containsText("Drone strike on an energy plant"));
        console.locator("#inject-pick").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        String scripted = console.locator("#inject-title").inputValue();
        org.assertj.core.api.Assertions.assertThat(scripted).as("a scenario inject fills the title").isNotBlank();
        assertThat(console.locator("#inject-text")).hasAttribute("readonly", "");
        console.locator("#inject-form button").click();
        students.values().forEach(p -> assertThat(p.locator("#toast")).containsText(scripted));
        students.values().forEach(p -> assertThat(p.locator("#news-list")).containsText("Drone strike on an energy plant"));
        Phone.assertUsable(usa, "07-table-phone");
        Keyboard.tabTo(europe, "#chat-input");
        Browsers.screenshot(usa, "02-table");
        noSeriousViolations(usa, "table view");

        SocketControl.cut(usa);
        assertThat(usa.locator("#connection")).hasText(Pattern.compile("reconnecting"));
        usa.locator("#chat-input").fill("Typed while offline");
        usa.locator("#chat-send").click();
        Locator firstRow = europe.locator("#board tbody tr").first();
        Number next = (Number) firstRow.locator("select").evaluate("s => (s.selectedIndex + 1) % s.options.length");
        firstRow.locator("select").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(next.intValue()));
        firstRow.locator(".choice button").click();
        europe.locator("#chat-input").fill("Sent during your outage");
        europe.locator("#chat-send").click();
        assertThat(ukraine.locator("#board caption")).containsText("Draft version 2");
        SocketControl.restore(usa);
        assertThat(usa.locator("#connection")).hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(usa.locator("#board caption")).containsText("Draft version 2");
        assertThat(usa.locator("#board tbody tr").first()).hasClass(Pattern.compile("changed"));
        assertThat(usa.locator("#chat-log")).containsText("Sent during your outage");
        assertThat(ukraine.locator("#chat-log")).containsText("Typed while offline");
        assertThat(usa.locator("#chat-log li", new Page.LocatorOptions().setHasText("Typed while offline"))).hasCount(1);

        for (Page page : students.values()) {
            assertThat(page.locator("#sign")).containsText("Sign version 2");
            if (page == ukraine) {
                Keyboard.tabTo(page, "#sign");
                page.keyboard().press("Enter");
            } else {
                page.locator("#sign").click();
            }
        }
        for (Page page : students.values()) {
            assertThat(page.locator("#phase")).hasText("Deal concluded");
            assertThat(page.locator("#final-points")).containsText("Your points");
            assertThat(page.locator("#durability-score")).containsText("/100", SLOW);
            assertThat(page.locator("#debrief svg.chart")).isVisible();
        }
        assertThat(ukraine.locator("#precedents-list > li")).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(ukraine.locator("#precedents-list > li").first()).containsText("Shares");
        assertThat(ukraine.locator("#model-check")).containsText("On cases held out of that calibration");
        assertThat(ukraine.locator("#model-check")).containsText("encoded after these rules were written");
        Browsers.screenshot(ukraine, "03-debrief");
        noSeriousViolations(ukraine, "debrief");

        secondTable.playFirstOptions();
        console.locator("#refresh-results").click();
        assertThat(console.locator("#results-table")).containsText("Table 1");
        assertThat(console.locator("#cross-chart svg circle")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(console.locator("#clauses-table thead")).containsText("Table 2");
        assertThat(console.locator("#clauses-table tbody tr.differs")).hasCount(1);
        assertThat(console.locator("#clauses-table tbody tr").first()).hasClass(Pattern.compile("differs"));

        console.locator("#replay-table").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Table 1"));
        Keyboard.tabTo(console, "#show-replay");
        console.keyboard().press("Enter");
        Locator timeline = console.locator("#timeline-list");
        assertThat(timeline).containsText("Private message from Russian Federation to Ukraine");
        assertThat(timeline).not().containsText(PRIVATE);
        assertThat(timeline.locator("li.tl-message .text", new Locator.LocatorOptions().setHasText("bold"))).hasText(MARKUP);
        assertThat(timeline.locator("li.tl-draft-change")).hasCount(2);
        assertThat(timeline.locator("li.tl-draft-change").first()).containsText("proposed a full package");
        assertThat(timeline.locator("li.tl-draft-change").last().locator("a.after-message")).isVisible();
        assertThat(console.locator("#timeline-final")).containsText("/100");
        Browsers.screenshot(console, "06-instructor-debrief");
        noSeriousViolations(console, "instructor console");
    }

    @Test
    void aReturningBrowserGetsItsSeatBackInUkrainian() {
        Page console = browser.newContext().newPage();
        console.navigate(url("instructor.html"));
        console.locator("#seminar-title").fill("Rejoin seminar");
        console.locator("#create-form button").click();
        assertThat(console.locator("#join-code")).hasText(Pattern.compile("\\S{4,}"));
        String joinCode = console.locator("#join-code").textContent().trim();

        Page student = browser.newContext().newPage();
        student.navigate(url("?code=" + joinCode));
        student.locator("#lang").selectOption("uk");
        student.getByLabel("Ваше імʼя").fill("Олена");
        student.locator("#join-form button").click();
        assertThat(student.locator("#phase")).hasText("Очікуємо, поки викладач почне");
        String role = student.locator("#my-role").textContent();
        Browsers.screenshot(student, "04-table-ukrainian");

        student.reload();
        assertThat(student.locator("#my-role")).hasText(role);
        assertThat(student.locator("#connection")).hasText("Зʼєднано");
        assertThat(console.locator(".table-card")).containsText("Олена");
        org.assertj.core.api.Assertions.assertThat(console.locator(".table-card .student-name").allTextContents().stream()
                .filter(t -> t.contains("Олена")).count()).as("one seat, not a second one").isEqualTo(1);
    }

    private static String roleOf(Page page) {
        String text = page.locator("#my-role").textContent();
        for (Map.Entry<String, String> role : Map.of("Ukraine", "ukraine", "Russia", "russia", "United States", "usa",
                "Europe", "europe").entrySet()) {
            if (text.contains(role.getKey())) {
                return role.getValue();
            }
        }
        throw new AssertionError("unknown role in '" + text + "'");
    }

    private static void noSeriousViolations(Page page, String what) {
        List<String> violations = Browsers.seriousAxeViolations(page);
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core on the " + what).isEmpty();
    }

    private String url(String path) {
        return base.resolve("/" + path).toString();
    }
}
