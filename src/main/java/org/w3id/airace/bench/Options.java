package org.w3id.airace.bench;

import java.util.Map;
import java.util.TreeMap;

/** The {@code --name value} options of a benchmark, with defaults; a bad one ends the run. */
final class Options {
  private final String program;
  private final Map<String, String> values = new TreeMap<>();

  Options(String program, Map<String, String> defaults, String[] args) {
    this.program = program;
    values.putAll(defaults);
    for (int i = 0; i < args.length; i++) {
      if (!values.containsKey(args[i]) || i + 1 == args.length) {
        usage("unknown option or missing value: '" + args[i] + "'");
      }
      values.put(args[i], args[++i]);
    }
  }

  String get(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      usage(name + " is required");
    }
    return value;
  }

  int number(String name, int least) {
    String value = values.get(name);
    try {
      int n = Integer.parseInt(value);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    usage(name + " takes a whole number of at least " + least + ", got '" + value + "'");
    return least;
  }

  void usage(String problem) {
    System.err.println(program + ": " + problem);
    System.err.println("options and defaults: " + values);
    System.exit(2);
  }
}
