/**
 * ProFTPD from Debian's package, run with `proftpd -n -c <file>` (foreground). The base follows
 * Debian's default proftpd.conf (ServerName "Debian", the same modules loaded, AllowOverwrite,
 * ListOptions), plus what running from an extracted tree needs: our own port, scoreboard, pid
 * file and module path, and no delay table or wtmp log.
 */
import { join } from 'node:path';
import type { ServerOptions } from '../types.ts';
import type { LaunchContext, ServerAdapter } from './adapter.ts';

/** The modules Debian's modules.conf loads (radius, ban, wrap2 and the like stay inert unconfigured). */
const DEBIAN_MODULES = [
  'mod_ctrls_admin.c',
  'mod_radius.c',
  'mod_quotatab.c',
  'mod_quotatab_file.c',
  'mod_quotatab_radius.c',
  'mod_rewrite.c',
  'mod_load.c',
  'mod_ban.c',
  'mod_wrap2.c',
  'mod_wrap2_file.c',
  'mod_dynmasq.c',
  'mod_exec.c',
  'mod_shaper.c',
  'mod_ratio.c',
  'mod_site_misc.c',
  'mod_facl.c',
  'mod_unique_id.c',
  'mod_copy.c',
  'mod_deflate.c',
  'mod_ifversion.c',
  'mod_memcache.c',
  'mod_readme.c',
  'mod_ifsession.c',
];

function base(context: LaunchContext): string[] {
  return [
    `ModulePath ${join(context.pkgRoot, 'usr/lib/proftpd')}`,
    ...DEBIAN_MODULES.map((m) => `LoadModule ${m}`),
    'ServerName "Debian"',
    'ServerType standalone',
    'DefaultServer on',
    'DeferWelcome off',
    'ShowSymlinks on',
    'ListOptions "-l"',
    'DenyFilter \\*.*/',
    'Umask 022 022',
    'AllowOverwrite on',
    'MaxInstances 30',
    'QuotaEngine off',
    'Ratios off',
    `Port ${context.port}`,
    'DefaultAddress 127.0.0.1',
    // Without it ProFTPD listens on every address; we use loopback only.
    'SocketBindTight on',
    'UseIPv6 off',
    'User nobody',
    'Group nogroup',
    `ScoreboardFile ${join(context.run, 'proftpd.scoreboard')}`,
    `PidFile ${join(context.run, 'proftpd.pid')}`,
    `SystemLog ${join(context.run, 'proftpd.log')}`,
    'TransferLog NONE',
    'DelayTable none',
    'WtmpLog off',
    'RequireValidShell off',
    `DefaultRoot ${context.home}`,
    // Where an installed package has its message catalogs: mod_lang lists languages from here.
    `LangPath ${join(context.pkgRoot, 'usr/share/locale')}`,
  ];
}

/** The anonymous block of Debian's sample config, pointed at our anonymous root. */
function anonymousBlock(context: LaunchContext): string[] {
  return [
    `<Anonymous ${context.anon}>`,
    '  User ftp',
    '  Group ftp',
    '  UserAlias anonymous ftp',
    '  RequireValidShell off',
    '  <Limit WRITE>',
    '    DenyAll',
    '  </Limit>',
    '</Anonymous>',
  ];
}

function settings(options: ServerOptions, context: LaunchContext): string[] {
  const out: string[] = [];
  if (options.writable === false) out.push('<Limit WRITE>', '  DenyAll', '</Limit>');
  if (options.maxPerIp !== undefined) out.push(`MaxClientsPerHost ${options.maxPerIp}`);
  if (options.idleSeconds !== undefined) out.push(`TimeoutIdle ${options.idleSeconds}`);
  if (options.dataSeconds !== undefined) out.push(`TimeoutStalled ${options.dataSeconds}`);
  if (options.denyDotFiles) out.push('PathDenyFilter "(^|/)\\."');
  if (options.maxUploadBytes !== undefined) out.push(`MaxStoreFileSize ${options.maxUploadBytes} B`);
  if (options.tls === 'allowed' || options.tls === 'required') {
    out.push(
      'LoadModule mod_tls.c',
      'TLSEngine on',
      `TLSLog ${join(context.run, 'tls.log')}`,
      'TLSProtocol TLSv1.2 TLSv1.3',
      `TLSRSACertificateFile ${context.certPem}`,
      `TLSRSACertificateKeyFile ${context.certPem}`,
      `TLSRequired ${options.tls === 'required' ? 'on' : 'off'}`,
    );
  }
  return out;
}

/** ProFTPD's adapter. */
export const proftpd: ServerAdapter = {
  id: 'proftpd',
  displayName: 'ProFTPD',
  unsupported() {
    return undefined;
  },
  plan(options, context) {
    const changed = settings(options, context);
    const anon = options.anonymous === false ? [] : anonymousBlock(context);
    const name = 'proftpd.conf';
    return {
      binary: 'usr/sbin/proftpd',
      args: ['-n', '-c', join(context.run, name)],
      configFile: { name, lines: [...base(context), ...changed, ...anon] },
      changed: options.anonymous === false ? [...changed, '(no <Anonymous> block)'] : changed,
    };
  },
};
