/**
 * Pure-FTPd from Debian's package. It takes its settings as command-line switches and stays in
 * the foreground unless told otherwise (-B). Logins go through PAM (the setting Debian ships);
 * everyone is chrooted (-A) so paths look the same as on the other two servers.
 */
import type { ServerOptions } from '../types.ts';
import type { LaunchContext, ServerAdapter } from './adapter.ts';

function settings(options: ServerOptions, context: LaunchContext): string[] {
  const out: string[] = [];
  if (options.anonymous === false) out.push('-E');
  if (options.maxPerIp !== undefined) out.push('-C', String(options.maxPerIp));
  if (options.denyDotFiles) out.push('-x');
  if (options.maxUploadBytes !== undefined) out.push('-n', `1000:${Math.ceil(options.maxUploadBytes / (1024 * 1024))}`);
  if (options.tls === 'allowed') out.push('-Y', '1', '-2', context.certPem);
  if (options.tls === 'required') out.push('-Y', '3', '-2', context.certPem);
  return out;
}

/** Pure-FTPd's adapter. */
export const pureFtpd: ServerAdapter = {
  id: 'pure-ftpd',
  displayName: 'Pure-FTPd',
  unsupported(options) {
    if (options.writable === false) return 'Pure-FTPd has no switch that makes the server read-only for local users';
    // Its idle time is set in minutes (-I), or by the client with SITE IDLE: scenarios that
    // need a short wait use SITE IDLE instead of this option.
    if (options.idleSeconds !== undefined)
      return 'Pure-FTPd counts its idle time in minutes; the scenario sets it with SITE IDLE instead';
    if (options.dataSeconds !== undefined)
      return 'Pure-FTPd waits for a data connection as long as its idle time; the scenario sets it with SITE IDLE instead';
    return undefined;
  },
  plan(options, context) {
    const changed = settings(options, context);
    return {
      binary: 'usr/sbin/pure-ftpd',
      args: ['-S', `127.0.0.1,${context.port}`, '-l', 'pam', '-A', '-H', ...changed],
      changed,
    };
  },
};
