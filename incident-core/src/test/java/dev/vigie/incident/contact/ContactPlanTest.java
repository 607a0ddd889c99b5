package dev.vigie.incident.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.MatchKind;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.directory.TeamDirectoryLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactPlanTest {

    static final TeamDirectory DIRECTORY =
            TeamDirectoryLoader.loadYaml(Path.of("src/test/resources/directory/teams.yaml"));

    private static ContactPlan plan(String repository, AlertLevel level) {
        return ContactPlan.build(DIRECTORY.match(RepositoryRef.of(repository)), level);
    }

    @Test
    void redPutsThePhoneFirstDevelopersFirstAndRequiresACall() {
        ContactPlan plan = plan("https://github.com/Exemple-Org/cantine-exemple", AlertLevel.RED);

        assertThat(plan.steps()).extracting(ContactStep::kind).containsExactly(ContactKind.PHONE,
                ContactKind.PRODUCT_PAGE, ContactKind.EMAIL, ContactKind.CHAT_CHANNEL, ContactKind.INCUBATOR,
                ContactKind.LINKEDIN, ContactKind.TWITTER, ContactKind.OTHER);
        assertThat(plan.steps().get(0).values()).containsExactly("+33 1 00 00 00 00");
        assertThat(plan.steps().get(0).describe()).isEqualTo("Phone: +33 1 00 00 00 00 (Camille Exemple, dev)");
        assertThat(plan.callRequired()).isTrue();
        assertThat(plan.callInstruction()).hasValue(ContactPlan.CALL_REQUIRED);
        assertThat(plan.callInstruction().orElseThrow()).contains("audio or video call is required");
        assertThat(plan.steps()).allMatch(ContactStep::available);
        assertThat(plan.missing()).isEmpty();
    }

    @Test
    void orangeFollowsTheRecommendedOrderWithoutPhoneOrCall() {
        ContactPlan plan = plan("exemple-org/cantine-exemple-api", AlertLevel.ORANGE);

        assertThat(plan.steps()).extracting(ContactStep::kind).containsExactly(ContactKind.PRODUCT_PAGE,
                ContactKind.EMAIL, ContactKind.CHAT_CHANNEL, ContactKind.INCUBATOR, ContactKind.LINKEDIN,
                ContactKind.TWITTER, ContactKind.OTHER);
        assertThat(plan.callRequired()).isFalse();
        assertThat(plan.callInstruction()).isEmpty();
        assertThat(plan.step(ContactKind.CHAT_CHANNEL).orElseThrow().values())
                .containsExactly("startups/cantine-exemple");
        assertThat(plan.step(ContactKind.INCUBATOR).orElseThrow().values())
                .containsExactly("Ines Animatrice", "incubateur@example.org");
        assertThat(plan.step(ContactKind.LINKEDIN).orElseThrow().values())
                .containsExactly("https://www.linkedin.com/in/paula-produit");
        assertThat(plan.step(ContactKind.OTHER).orElseThrow().values()).containsExactly("paula@example.org",
                "camille@example.org", "https://github.com/exemple-org/cantine-exemple-api");
    }

    @Test
    void everyGapIsCalledOutInStepOrder() {
        ContactPlan plan = plan("gitlab.com/exemple-groupe/sous-groupe/registre", AlertLevel.RED);

        assertThat(plan.step(ContactKind.PHONE).orElseThrow().available()).isFalse();
        assertThat(plan.step(ContactKind.EMAIL).orElseThrow().values()).containsExactly("registre@example.org");
        assertThat(plan.missing()).containsExactly(
                "no phone number for any member of registre-exemple: add phone: to its members in teams.yaml (no "
                        + "public data holds phone numbers)",
                "no product page for registre-exemple: add productPage: to it in teams.yaml",
                "no chat channel for team registre-exemple: add chat: { team: …, channel: … } to it in teams.yaml",
                "no incubator for registre-exemple: add incubator: { name: …, lead: …, email: … } to it in "
                        + "teams.yaml",
                "no LinkedIn profile for any member of registre-exemple",
                "no Twitter account for any member of registre-exemple");
        assertThat(plan.step(ContactKind.OTHER).orElseThrow().values())
                .containsExactly("https://gitlab.com/exemple-groupe/sous-groupe/registre");
    }

    @Test
    void anOrangePlanDoesNotAskForPhones() {
        assertThat(plan("gitlab.com/exemple-groupe/sous-groupe/registre", AlertLevel.ORANGE).missing())
                .noneMatch(m -> m.contains("phone"));
    }

    @Test
    void anUnmappedRepositoryStillGetsAPlanWithItsGapFirst() {
        ContactPlan plan = plan("git@github.com:autre-org/inconnu.git", AlertLevel.RED);

        assertThat(plan.howMatched()).isEqualTo(MatchKind.UNMAPPED);
        assertThat(plan.team()).isEmpty();
        assertThat(plan.callRequired()).isTrue();
        assertThat(plan.steps()).extracting(ContactStep::kind).startsWith(ContactKind.PHONE).endsWith(ContactKind.OTHER);
        assertThat(plan.steps().subList(0, plan.steps().size() - 1)).noneMatch(ContactStep::available)
                .allSatisfy(s -> assertThat(s.missing()).hasValue("no team known for autre-org/inconnu until it is "
                        + "mapped"));
        ContactStep other = plan.step(ContactKind.OTHER).orElseThrow();
        assertThat(other.values()).containsExactly("https://github.com/autre-org/inconnu",
                ContactPlan.INCUBATOR_FALLBACK);
        assertThat(plan.missing()).containsExactly("no team lists repository autre-org/inconnu in teams.yaml: add "
                + "it under a team's repositories");
    }

    @Test
    void aProposedTeamIsUsedButTheGapSaysToConfirmIt() {
        ContactPlan plan = plan("autre-org/cantine", AlertLevel.ORANGE);

        assertThat(plan.howMatched()).isEqualTo(MatchKind.PROPOSAL_NAME_PREFIX);
        assertThat(plan.step(ContactKind.EMAIL).orElseThrow().values())
                .containsExactly("contact@cantine.example.org");
        assertThat(plan.missing().get(0)).startsWith("no team lists repository autre-org/cantine in teams.yaml; "
                + "team cantine-exemple is only a proposal");
    }

    @Test
    void guessedAddressesAreLabelledAsGuesses() {
        TeamDirectory fromData = TeamDirectoryLoader.fromBetaGouv(Path.of("src/test/resources/directory/betagouv"),
                java.time.LocalDate.of(2026, 11, 26));

        ContactPlan plan = ContactPlan.build(fromData.match(RepositoryRef.of("exemple-org/exemple-produit")),
                AlertLevel.ORANGE);

        ContactStep other = plan.step(ContactKind.OTHER).orElseThrow();
        assertThat(other.values()).contains("camille.exemple@beta.gouv.fr");
        assertThat(other.labels().get(other.values().indexOf("camille.exemple@beta.gouv.fr")))
                .isEqualTo("Camille Exemple, guess from the beta.gouv.fr convention: may be inactive");
    }

    @Test
    void rendersReadableLines() {
        List<String> lines = plan("https://github.com/Exemple-Org/cantine-exemple", AlertLevel.RED).lines();

        assertThat(lines).startsWith(
                "Contact plan for exemple-org/cantine-exemple, Alerte rouge (RED): team Cantine Exemple "
                        + "(cantine-exemple)",
                ContactPlan.CALL_REQUIRED,
                "1. Phone: +33 1 00 00 00 00 (Camille Exemple, dev)",
                "2. Product page: https://beta.gouv.fr/startups/cantine-exemple.html",
                "3. Product email: contact@cantine.example.org",
                "4. Team chat channel: startups/cantine-exemple",
                "5. Incubator co-host or head: Ines Animatrice (co-host or head of Incubateur Exemple), "
                        + "incubateur@example.org (Incubateur Exemple)");
        assertThat(plan("autre-org/inconnu", AlertLevel.ORANGE).render())
                .contains("no team (unmapped repository)")
                .contains("1. Product page: missing: no team known for autre-org/inconnu until it is mapped")
                .endsWith("Missing:\n- no team lists repository autre-org/inconnu in teams.yaml: add it under a "
                        + "team's repositories\n");
    }
}
