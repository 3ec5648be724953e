package org.guarantees.game.bot;

import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few headless games of the human-pace tournament (one scripted student, three bots at default settings, the
 * scenario's own rounds on a simulated clock): the same seed plays the same game; no bot repeats a chat line word for
 * word in a game; the bots answer the student's questions about a clause; the student signs only what it accepts.
 */
class HumanPaceTableTest {
    private static final Scenario SCENARIO = DefaultScenario.load();

    @Test
    void theSameSeedPlaysTheSameGame() {
        HumanPaceTournament tournament = new HumanPaceTournament(SCENARIO);
        HumanPaceTournament.Setting setting = tournament.settings().get(13);
        assertThat(tournament.playOne(setting, 42)).isEqualTo(tournament.playOne(setting, 42));
    }

    @Test
    void botsAnswerTheStudentWithoutRepeatingALineAndTheStudentSignsOnlyWhatItAccepts() {
        HumanPaceTournament tournament = new HumanPaceTournament(SCENARIO);
        List<HumanPaceTournament.Setting> settings = tournament.settings();
        int questions = 0;
        int answered = 0;
        List<String> unanswered = new java.util.ArrayList<>();
        for (int i = 0; i < settings.size(); i += 9) {
            HumanPaceTournament.Setting setting = settings.get(i);
            int seed = i;
            ScriptedStudent[] student = new ScriptedStudent[1];
            HeadlessTable table = new HeadlessTable(SCENARIO, seed, HeadlessTable.DEFAULT_TICK, brief ->
                    brief.role().equals(setting.studentRole())
                            ? student[0] = new ScriptedStudent(brief, seed, ScriptedStudent.Pace.HUMAN, true)
                            : BotPlayer.of(brief, Strategies.byName(setting.strategies().get(brief.role())).orElseThrow(),
                            seed * 7L + brief.roles().indexOf(brief.role())));
            table.play();
            HumanPaceGame game = HumanPaceGame.read(SCENARIO, setting.studentRole(), setting.strategies(), table,
                    student[0]);
            assertThat(game.repeatedLines()).as("setting %s: bot chat lines said twice", setting).isEmpty();
            questions += game.questions();
            answered += game.questionsAnswered();
            unanswered.addAll(game.unanswered());
            Role role = SCENARIO.role(setting.studentRole()).orElseThrow();
            TableState state = TableState.initial();
            for (GameEvent event : table.log()) {
                if (event.type().equals(EventTypes.DEAL_SIGNED) && event.actor().equals(role.id())) {
                    assertThat(role.accepts(state.draft())).as("setting %s: the student signed %s", setting,
                            state.draft()).isTrue();
                }
                state = TableFold.apply(state, event);
            }
        }
        assertThat(questions).as("the student asked questions").isGreaterThan(0);
        assertThat(unanswered).as("questions not answered within 60 s naming the clause (of %d asked)", questions)
                .isEmpty();
    }
}
