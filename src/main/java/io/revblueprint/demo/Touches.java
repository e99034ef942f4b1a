package io.revblueprint.demo;

import java.time.Instant;

/** A run of manual touches: the first exactly at {@code first}, the others spread over (first, last]. */
record Touches(Instant first, Instant last, int count) {
}
