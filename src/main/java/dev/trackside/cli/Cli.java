package dev.trackside.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** {@code java -jar trackside.jar COMMAND …}: dispatches to one command class per verb. */
public final class Cli {
    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command as {@code main} does, without exiting: for tools and tests (the benchmark bundles). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(out);
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "validate":
                return new ValidateCommand(out, err).run(rest);
            case "convert":
                return new ConvertCommand(out, err).run(rest);
            case "serve":
                return new ServeCommand(out, err).run(rest);
            case "bundle":
                return new BundleCommand(out, err).run(rest);
            case "prerender":
                return new PrerenderCommand(out, err).run(rest);
            default:
                err.println("trackside: unknown command \"" + args[0] + "\"");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar trackside.jar COMMAND [ARGS]");
        out.println();
        out.println("Commands:");
        out.println("  validate FILE...          read schedules (any supported format); print every warning and error");
        out.println("                            with its JSON path and line:column (exit 0 clean, 1 warnings, 2 errors)");
        out.println("  convert FILE --to trackside [-o OUT]");
        out.println("                            write a schedule in the Trackside format (to stdout without -o)");
        out.println("  serve [DIR] [--port N]    serve DIR (default: target/dist) on http://127.0.0.1:N (default 8080)");
        out.println("  bundle FILE [-o OUT.html] [--site DIR]");
        out.println("                            write one HTML file that shows the schedule offline, from disk");
        out.println("                            (default OUT: FILE's name with .html; DIR: the site in this jar)");
        out.println("  prerender [DIR]           write the first screen of the schedule DIR/index.html names (data-src)");
        out.println("                            into that page (default DIR: target/dist; the build does it)");
        out.println("  help                      show this");
        out.println();
        out.println("Options of validate, convert and bundle:");
        out.println("  --tz ZONE                 the IANA zone of times written without a UTC offset (Sessionize)");
    }
}
