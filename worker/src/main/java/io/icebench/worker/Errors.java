package io.icebench.worker;

import io.icebench.core.model.ErrorKind;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/** Default mapping of exceptions to failure kinds, and their one-line messages. */
public final class Errors {

    private Errors() {}

    public static ErrorKind defaultKind(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return ErrorKind.OOM;
            }
            if (t instanceof UnsupportedOperationException) {
                return ErrorKind.UNSUPPORTED;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return ErrorKind.CONNECTION;
            }
            if (t instanceof FileNotFoundException
                    || t instanceof NoSuchFileException
                    || t instanceof AccessDeniedException
                    || t.getClass().getName().equals("org.apache.iceberg.exceptions.NotFoundException")) {
                return ErrorKind.IO;
            }
        }
        return error instanceof SQLException ? ErrorKind.SQL_ERROR : ErrorKind.CRASH;
    }

    public static String message(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getName();
        }
        return message;
    }
}
