package io.github.xxgk.report.internal.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in words: Java's file-system exceptions carry only a path as their message
 * ({@code AccessDeniedException: /x/y}), their cause in their type or in a reason from the operating system.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** What went wrong, without the path: "permission denied", "no such file", "No space left on device", …. */
    public static String cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        } else if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        } else if (e instanceof FileAlreadyExistsException) {
            return "exists already";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        } else if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** What went wrong, after the path it went wrong with if the exception names one: "out/x.csv: permission denied". */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")";
            return fs.getFile() + other + ": " + cause(e);
        }
        return cause(e);
    }
}
