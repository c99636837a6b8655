package dev.trackside.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code serve [DIR] [--port N]}: a static server on 127.0.0.1 for trying the viewer locally. */
final class ServeCommand {
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path dir = Path.of("target", "dist");
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("serve: --port needs a number, got " + args[i]);
                    return 2;
                }
            } else {
                dir = Path.of(args[i]);
            }
        }
        if (!Files.isDirectory(dir)) {
            err.println("serve: " + dir + " is not a directory (build it first with: mvn package -DskipTests)");
            return 2;
        }
        try {
            StaticServer server = StaticServer.start(dir, port);
            out.println("Serving " + dir.toAbsolutePath().normalize() + " at " + server.url());
            out.println("Press Ctrl+C to stop.");
            Thread.currentThread().join();
            return 0;
        } catch (IOException e) {
            err.println("serve: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
