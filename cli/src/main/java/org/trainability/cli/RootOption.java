package org.trainability.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The repository root, shared by every command (the launcher passes it). */
final class RootOption {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "${sys:ledger.root:-.}",
            description = "The repository root, holding ledger/ and obligations/ (default: where the launcher lives, else the current directory).")
    Path root;

    Path root() {
        return root.toAbsolutePath().normalize();
    }
}
