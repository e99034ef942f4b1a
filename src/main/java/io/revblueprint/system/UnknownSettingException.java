package io.revblueprint.system;

/** A {@code blueprint.*} setting that nothing reads: a typo the run would otherwise ignore. */
public class UnknownSettingException extends IllegalArgumentException {

    UnknownSettingException(String message) {
        super(message);
    }
}
