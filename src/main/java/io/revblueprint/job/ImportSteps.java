package io.revblueprint.job;

import org.springframework.batch.core.step.Step;

import java.util.List;

/** The per-file import steps, in import order (a holder, so they are not mistaken for a list of all steps). */
record ImportSteps(List<Step> steps) {
}
