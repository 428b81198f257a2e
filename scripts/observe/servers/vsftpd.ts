/**
 * vsftpd from Debian's package, run in the foreground with a config file of our own. The base
 * keeps Debian's defaults where they matter to replies, and adds what running from an extracted
 * tree needs (listen=YES, background=NO, no seccomp sandbox, our own secure_chroot_dir).
 */
import { join } from 'node:path';
import type { ServerOptions } from '../types.ts';
import type { LaunchContext, ServerAdapter } from './adapter.ts';

/** The settings every run shares; a scenario's options replace single keys. */
function base(context: LaunchContext): Map<string, string> {
  return new Map([
    ['listen', 'YES'],
    ['listen_address', '127.0.0.1'],
    ['listen_port', String(context.port)],
    ['background', 'NO'],
    ['seccomp_sandbox', 'NO'],
    ['secure_chroot_dir', join(context.run, 'empty')],
    // No such PAM service file: PAM falls back to /etc/pam.d/other (pam_unix), so no file in /etc is needed.
    ['pam_service_name', 'ftp-observe'],
    ['anonymous_enable', 'YES'],
    ['anon_root', context.anon],
    ['local_enable', 'YES'],
    ['write_enable', 'YES'],
    ['local_root', context.home],
    ['chroot_local_user', 'YES'],
    ['allow_writeable_chroot', 'YES'],
    ['local_umask', '022'],
    ['dirmessage_enable', 'YES'],
    ['xferlog_enable', 'NO'],
  ]);
}

/** The keys a scenario's options set. */
function settings(options: ServerOptions, context: LaunchContext): [string, string][] {
  const out: [string, string][] = [];
  if (options.anonymous === false) out.push(['anonymous_enable', 'NO']);
  if (options.writable === false) out.push(['write_enable', 'NO']);
  if (options.maxPerIp !== undefined) out.push(['max_per_ip', String(options.maxPerIp)]);
  if (options.idleSeconds !== undefined) out.push(['idle_session_timeout', String(options.idleSeconds)]);
  if (options.dataSeconds !== undefined) {
    out.push(['accept_timeout', String(options.dataSeconds)], ['connect_timeout', String(options.dataSeconds)]);
  }
  if (options.denyDotFiles) out.push(['deny_file', '{.*}']);
  if (options.tls === 'allowed' || options.tls === 'required') {
    const required = options.tls === 'required' ? 'YES' : 'NO';
    out.push(
      ['ssl_enable', 'YES'],
      ['rsa_cert_file', context.certPem],
      ['rsa_private_key_file', context.certPem],
      ['force_local_logins_ssl', required],
      ['force_local_data_ssl', required],
    );
  }
  return out;
}

/** vsftpd's adapter. */
export const vsftpd: ServerAdapter = {
  id: 'vsftpd',
  displayName: 'vsftpd',
  unsupported(options) {
    if (options.maxUploadBytes !== undefined) return 'vsftpd has no setting that limits the size of an upload';
    return undefined;
  },
  plan(options, context) {
    const config = base(context);
    const changed = settings(options, context);
    for (const [key, value] of changed) config.set(key, value);
    const name = 'vsftpd.conf';
    return {
      binary: 'usr/sbin/vsftpd',
      args: [join(context.run, name)],
      configFile: { name, lines: [...config].map(([k, v]) => `${k}=${v}`) },
      changed: changed.map(([k, v]) => `${k}=${v}`),
    };
  },
};
