package org.trainability.site.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Puts a whole site in place at once: the site is written into a fresh temporary directory beside
 * the target, which then replaces the target by renames, so a reader never sees half a site. A
 * failed write leaves the old site untouched and removes the temporary directory. Stateless.
 */
public final class SiteDirectory {

    /** Writes the site's files into the directory it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path directory) throws IOException;
    }

    private SiteDirectory() {
    }

    public static void replace(Path target, Writer writer) throws IOException {
        var absolute = target.toAbsolutePath().normalize();
        var parent = absolute.getParent();
        Files.createDirectories(parent);
        var name = absolute.getFileName().toString();
        var fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            readableByAll(fresh);
            writer.writeInto(fresh);
            Path old = null;
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + name + ".old-");
                Files.delete(old);
                move(absolute, old);
            }
            move(fresh, absolute);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(fresh);
            throw e;
        }
    }

    /** Temporary directories are private; a site is for everyone who can read its parent. */
    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
