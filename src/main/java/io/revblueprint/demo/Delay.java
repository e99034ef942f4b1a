package io.revblueprint.demo;

/** How long a team takes for something, in business hours: a share is quick, the rest drags on. */
record Delay(double fastShare, double fastMaxHours, double slowMaxHours) {

    double sample(Dice dice) {
        return dice.chance(fastShare)
                ? dice.between(0.05, fastMaxHours)
                : dice.between(fastMaxHours, slowMaxHours);
    }
}
