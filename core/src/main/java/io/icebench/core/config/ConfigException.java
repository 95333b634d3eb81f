package io.icebench.core.config;

/** Bad input from the user: the message is one line saying what is wrong and what to do. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
