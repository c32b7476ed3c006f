package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.build.Project;
import org.briefgen.studio.Studio;

/** {@code briefgen serve}: the brief studio on a local address until interrupted. */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "start the brief studio: review, pin or drop passages, edit covers, download PDFs";
    }

    @Override
    public String usage() {
        return "[--port N] [--bind ADDRESS]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("port").hasArg().argName("N").desc("port to listen on (default 8080; 0 = any free port)").build());
        o.addOption(Option.builder().longOpt("bind").hasArg().argName("ADDRESS")
                .desc("address to listen on (default 127.0.0.1: this machine only)").build());
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        int port;
        try {
            port = Integer.parseInt(call.value("port", "8080"));
            if (port < 0 || port > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            err.println("briefgen serve: --port must be a number from 0 to 65535, not '" + call.value("port", "") + "'");
            return ExitCode.USAGE;
        }
        String bind = call.value("bind", "127.0.0.1");
        Project project = CommonOptions.project(call);
        try {
            Studio studio = new Studio(project, ToolVersion.get(), BuildCommand.sourceDateEpoch(), bind).start(port);
            out.println("briefgen studio: " + studio.address() + "  (Ctrl-C to stop)");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                studio.close();
                stop.countDown();
            }));
            stop.await();
            return ExitCode.OK;
        } catch (BriefgenException e) {
            CommonOptions.print(err, e.diagnostics());
            return ExitCode.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (RuntimeException e) {
            err.println("briefgen serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
