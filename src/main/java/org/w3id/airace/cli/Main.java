package org.w3id.airace.cli;

import java.io.PrintWriter;
import java.util.List;
import org.w3id.airace.article.ArticleException;
import org.w3id.airace.eval.EvalException;
import org.w3id.airace.mention.MentionException;
import org.w3id.airace.resources.BundledFileException;
import org.w3id.airace.rules.RuleException;
import org.w3id.airace.store.StoreException;
import org.w3id.airace.store.ValidationException;
import org.w3id.airace.text.TextException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code airace} command line. Exit codes: 0 success, 1 failure, 2 bad input or usage.
 *
 * <pre>
 * java -jar target/airace.jar serve --port 3030
 * java -jar target/airace.jar extract --format nq data/articles/wettlauf-ki.md
 * </pre>
 */
@Command(
    name = "airace",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A knowledge graph of the public argument about the AI race, served over SPARQL.",
    subcommands = {
      LoadCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ExtractCommand.class,
      ExportCommand.class,
      PushCommand.class,
      StatsCommand.class,
      ValidateCommand.class,
      EvalCommand.class,
      CorpusCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 success, 1 failure, 2 bad input or usage."})
public final class Main implements Runnable {
  /** Exit code for bad input or usage. */
  static final int BAD_INPUT = 2;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  @Override
  public void run() {
    List<String> commands =
        spec.subcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: give one of " + String.join(", ", commands));
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean verbose = parsed.hasMatchedOption("--verbose") || hasVerbose(parsed);
    boolean badInput = isBadInput(e);
    err.println("airace: " + (badInput ? "error: " : "failed: ") + e.getMessage());
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return badInput ? BAD_INPUT : 1;
  }

  private static boolean hasVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult sub = parsed.subcommand(); sub != null; sub = sub.subcommand()) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  static boolean isBadInput(Throwable e) {
    return e instanceof ArticleException
        || e instanceof TextException
        || e instanceof MentionException
        || e instanceof RuleException
        || e instanceof UsageException
        || e instanceof EvalException
        || e instanceof BundledFileException
        || e instanceof ValidationException
        || e instanceof StoreException s && s.isBadInput();
  }
}
