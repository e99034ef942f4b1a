package io.revblueprint.system;

/** A {@code blueprint.*} setting the run cannot use: nothing reads it (a typo), or its value cannot work. */
public class SettingException extends IllegalArgumentException {

    SettingException(String message) {
        super(message);
    }
}
