package io.revblueprint.demo;

import java.util.List;
import java.util.Random;

/** The generator's only source of randomness: one seeded stream, so a seed always yields the same snapshot. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform integer in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Uniform double in [min, max). */
    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Peaks in the middle of [min, max]: the mean of two uniform draws. */
    double triangular(double min, double max) {
        return (between(min, max) + between(min, max)) / 2;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    <T> T pickWeighted(List<Weighted<T>> options) {
        double total = options.stream().mapToDouble(Weighted::weight).sum();
        double roll = random.nextDouble() * total;
        for (Weighted<T> option : options) {
            roll -= option.weight();
            if (roll < 0) {
                return option.value();
            }
        }
        return options.get(options.size() - 1).value();
    }

    /** A value with its relative likelihood. */
    record Weighted<T>(T value, double weight) {
    }
}
