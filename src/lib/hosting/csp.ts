/**
 * The Content-Security-Policy HTTP header, made from the meta tags the pages carry.
 * Astro writes one policy per page (its hashes differ where the inline scripts differ);
 * one header serves every page, so it allows the union of their sources. A browser
 * enforces the header and the meta tag together, so each page stays held to its own
 * policy, and the header adds what a meta tag cannot say: frame-ancestors.
 */

/** A policy as directive name -> sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Parses "default-src 'self'; img-src 'self' data:" into directives and their sources. */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part
      .trim()
      .split(/\s+/)
      .filter((token) => token !== '');
    if (name === undefined) continue;
    const directive = name.toLowerCase();
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (!policy.has(directive)) policy.set(directive, sources);
  }
  return policy;
}

/** Writes a policy back as one header value. */
function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The union of several policies, directives and sources in the order first met, so the
 * same pages give the same header byte for byte. `extra` directives are added (or replace
 * a directive of the same name). Throws when the policies name different directives: a
 * directive missing from one policy falls back to default-src there, so a union of the
 * sources written would be stricter than that page's own policy and could break it.
 */
export function mergeCsp(policies: readonly string[], extra: Readonly<Record<string, readonly string[]>> = {}): string {
  const merged: Policy = new Map();
  let directives: string | undefined;
  for (const text of policies) {
    const policy = parseCsp(text);
    const names = [...policy.keys()].sort().join(', ');
    if (directives !== undefined && names !== directives) {
      throw new Error(
        `Pages carry CSPs with different directives ("${directives}" and "${names}"); one header cannot stand for both`,
      );
    }
    directives = names;
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  for (const [name, sources] of Object.entries(extra)) merged.set(name, [...sources]);
  return formatCsp(merged);
}
