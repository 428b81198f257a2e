/**
 * Masking. What the explainer shows never repeats a password: the argument of PASS is
 * replaced, and so is the same string anywhere else in the log (a traceback may quote it).
 * A share link carries a log with more removed: user names, host names and IP addresses too,
 * each replaced by a stand-in of the same kind, so the shared log still explains the same way.
 */
import { addressWarnings } from '../pasv.ts';

/** What a password is replaced with. */
const PASSWORD_MASK = '********';

/** User names that identify nobody: anonymous logins. */
const PUBLIC_USERS = new Set(['anonymous', 'ftp']);

/** A mask some clients already print instead of the password. */
const isMasked = (value: string): boolean => /^(?:\*+|X+|x+)$/.test(value);

/** The arguments of PASS commands in the raw text, whatever the tool's prefix. */
export function passwordsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s'">:*])PASS +([^\r\n'"\\]+?)(?:\\r\\n)?['"]?\s*$/gm)) {
    const value = (m[1] as string).trim();
    if (value !== '' && !isMasked(value)) found.add(value);
  }
  return [...found];
}

/** Replaces every occurrence of each string, longest first, so one inside another is caught. */
function replaceAll(text: string, values: readonly string[], by: (value: string) => string): string {
  let out = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) out = out.split(value).join(by(value));
  return out;
}

/** The text with every password masked, for display. */
export function maskPasswords(text: string, passwords: readonly string[] = passwordsIn(text)): string {
  const masked = replaceAll(
    text,
    passwords.filter((p) => p.length >= 1),
    () => PASSWORD_MASK,
  )
    // Source lines a Python traceback quotes: login('user', 'password') and password='...'.
    .replace(
      /(\blogin\(\s*(?:user\s*=\s*)?(['"])[^'"\n]*\2\s*,\s*(?:passwd\s*=\s*)?)(['"])[^'"\n]*\3/g,
      `$1$3${PASSWORD_MASK}$3`,
    )
    .replace(/\b(pass(?:wd|word)?\s*=\s*)(['"])[^'"\n]*\2/gi, `$1$2${PASSWORD_MASK}$2`);
  return masked.replace(/(^|[\s'">:*])PASS +(?!\*+(?:$|['"\\]))([^\r\n'"\\]+)/gm, `$1PASS ${PASSWORD_MASK}`);
}

/** How many things of each kind a share mask replaced. */
export interface ShareMaskReport {
  passwords: number;
  users: number;
  hosts: number;
  addresses: number;
}

/** The log as a share link carries it, and what was replaced. */
export function maskForSharing(text: string): { text: string; report: ShareMaskReport } {
  const passwords = passwordsIn(text);
  let out = maskPasswords(text, passwords);

  const users = new Set<string>();
  for (const m of out.matchAll(/(?:^|[\s'">:*])USER +([^\s'"\\]+)/gm)) users.add(m[1] as string);
  for (const m of out.matchAll(/User name: ([^\s(]+)/g)) users.add(m[1] as string);
  const realUsers = [...users].filter((u) => !PUBLIC_USERS.has(u.toLowerCase()) && !isMasked(u));
  const userNames = new Map(realUsers.map((u, i) => [u, `user${i + 1}`]));
  out = replaceAll(out, realUsers, (u) => userNames.get(u) as string);

  const hosts = new Set<string>();
  const HOST_CONTEXT =
    /(?:Connecting to|Connected to|Connected with|Resolving address of|Resolving host|Host name:|host|Trying|:\/\/|@)\s*\(?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})\b/gi;
  for (const m of out.matchAll(HOST_CONTEXT)) hosts.add(m[1] as string);
  const hostList = [...hosts].filter((h) => !/^\d+(?:\.\d+)+$/.test(h) && h.toLowerCase() !== 'localhost');
  out = replaceAll(out, hostList, (h) => `host${hostList.indexOf(h) + 1}.example`);

  const addresses = new Map<string, string>();
  const standIn = (octets: number[]): string => {
    const key = octets.join('.');
    const known = addresses.get(key);
    if (known !== undefined) return known;
    const n = addresses.size + 1;
    const kind = addressWarnings(octets)[0];
    const [a, b] = octets as [number, number];
    let value: string;
    if (kind === 'loopback' || kind === 'unspecified') value = key;
    else if (kind === 'private') value = a === 10 ? `10.0.0.${n}` : a === 172 ? `172.16.0.${n}` : `192.168.0.${n}`;
    else if (kind === undefined || kind === 'documentation') value = `203.0.113.${n}`;
    else value = `${a}.${b}.0.${n}`;
    addresses.set(key, value);
    return value;
  };
  const valid = (parts: string[]): boolean => parts.every((p) => Number(p) <= 255);
  out = out.replace(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g, (all, ...g: string[]) =>
    valid(g.slice(0, 4)) ? standIn(g.slice(0, 4).map(Number)) : all,
  );
  // The comma form in 227 replies: h1,h2,h3,h4,p1,p2 (the port stays).
  out = out.replace(
    /(?<!\d)(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})(,\d{1,3},\d{1,3})/g,
    (all, a: string, b: string, c: string, d: string, port: string) =>
      valid([a, b, c, d]) ? `${standIn([a, b, c, d].map(Number)).split('.').join(',')}${port}` : all,
  );
  let v6 = 0;
  out = out.replace(/(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:.])/gi, (token) => {
    if (token === '::1' || !(token.includes('::') || token.split(':').length >= 6)) return token;
    v6++;
    return `2001:db8::${v6}`;
  });
  const changed = [...addresses].filter(([from, to]) => from !== to).length + v6;
  return {
    text: out,
    report: { passwords: passwords.length, users: realUsers.length, hosts: hostList.length, addresses: changed },
  };
}
