package io.revblueprint.job;

import org.springframework.batch.core.step.Step;

import java.util.List;

/** The per-file import steps, in import order (a holder, so they are not mistaken for a list of all steps). */
record ImportSteps(List<Step> steps) {

    /** The teams come first: every other file refers to them, and the request names them. */
    Step teams() {
        return steps.get(0);
    }

    List<Step> afterTeams() {
        return steps.subList(1, steps.size());
    }
}
