package dev.clvops.reports.personas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.TestPopulations;
import org.junit.jupiter.api.Test;

class PersonaAssignerTests {

    @Test
    void appliesTheRulesInPriorityOrder() {
        // spend quantile 0.8 of 10 customers is the 8th value (3500); AOV quantile 0.25 the 3rd (50)
        Population p = TestPopulations.rfm(
                new double[] {400, 10, 20, 30, 40, 50, 60, 70, 5, 500},
                new double[] {6, 1, 5, 4, 8, 3, 3, 2, 1, 1},
                new double[] {5000, 40, 4000, 200, 80, 300, 330, 260, 3000, 3500});
        p.iptMeanDays()[5] = 365;
        p.iptStdDays()[5] = 20;

        Persona[] personas = new PersonaAssigner(PersonaRules.defaults()).assign(p);

        assertThat(personas).containsExactly(Persona.LAPSED_VIP, Persona.ONE_TIME_BUYER,
                Persona.LOYAL_HIGH_SPENDER, Persona.BARGAIN_HUNTER, Persona.BARGAIN_HUNTER, Persona.SEASONAL,
                Persona.REGULAR, Persona.REGULAR, Persona.ONE_TIME_BUYER, Persona.LAPSED_VIP);
    }
}
