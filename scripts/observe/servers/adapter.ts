/** What each server adapter provides: how to run that server for a scenario's options. */
import type { ServerId, ServerOptions } from '../types.ts';

/** The paths and port of one run, handed to an adapter. */
export interface LaunchContext {
  /** The port the server listens on (127.0.0.1). */
  port: number;
  /** The server's run folder (config, logs, scratch). */
  run: string;
  /** The local user's root. */
  home: string;
  /** The anonymous root. */
  anon: string;
  /** The root of the extracted package tree. */
  pkgRoot: string;
  /** A PEM file holding the self-signed certificate and its key. */
  certPem: string;
}

/** How to start the server for one run. */
export interface LaunchPlan {
  /** The program, relative to the extracted package tree. */
  binary: string;
  /** Its arguments (the config file, when there is one, is written first). */
  args: string[];
  /** A config file to write into the run folder, as lines. */
  configFile?: { name: string; lines: string[] };
  /** The settings that differ from the base setup: config lines or command-line switches. */
  changed: string[];
}

/** One server's adapter. */
export interface ServerAdapter {
  id: ServerId;
  /** The product name readers know. */
  displayName: string;
  /** Why the server cannot be set up with these options, or undefined when it can. */
  unsupported(options: ServerOptions): string | undefined;
  /** The launch plan for these options. */
  plan(options: ServerOptions, context: LaunchContext): LaunchPlan;
}
