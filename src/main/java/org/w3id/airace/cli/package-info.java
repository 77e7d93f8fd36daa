/**
 * The {@code airace} command: {@code load}, {@code serve}, {@code query}, {@code extract}, {@code
 * export} and {@code stats}, each a picocli subcommand over the stages.
 */
package org.w3id.airace.cli;
