package org.trainability.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The commit the project is at, as git reports it, with {@code +dirty} when the work tree has
 * changes; {@code unknown} outside a git checkout. Recorded with every audit.
 */
final class ProjectCommit {

    private ProjectCommit() {
    }

    static String of(Path root) {
        var head = git(root, "rev-parse", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        var dirty = git(root, "status", "--porcelain", "--untracked-files=no");
        return dirty.isEmpty() ? head : head + "+dirty";
    }

    private static String git(Path root, String... args) {
        var cmd = new java.util.ArrayList<String>();
        cmd.add("git");
        cmd.add("-C");
        cmd.add(root.toString());
        cmd.addAll(java.util.List.of(args));
        try {
            var p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "";
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
