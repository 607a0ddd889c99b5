/**
 * The ops team's goals: {@code incident:triage} (PROCEDURE.md 6) and {@code incident:followup}. They only wire the
 * GitGuardian and Mattermost clients, the team directory and the journal into incident-core's workflows, and print
 * the result.
 */
package dev.vigie.maven.triage;
