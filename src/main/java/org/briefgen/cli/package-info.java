/**
 * Command line: parses arguments with Commons CLI and runs one subcommand ({@code build}, {@code themes},
 * {@code classify}, {@code explain}, {@code figures}, ...). {@link org.briefgen.cli.Main#run} is a function
 * of the arguments and two writers that returns the exit code, so tests call it directly.
 */
package org.briefgen.cli;
