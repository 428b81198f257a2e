/**
 * Decodes a 229 reply to EPSV (RFC 2428 section 3): the text holds "(<d><d><d><port><d>)",
 * where <d> is one delimiter character repeated (usually "|"). The reply carries no address:
 * the client connects to the address it already uses for the control connection.
 */

/** A decoded 229 reply, or why it could not be decoded. */
export type EpsvResult = { ok: true; port: number; delimiter: string } | { ok: false; error: string };

/** Decodes a 229 reply line. */
export function decode229(reply: string): EpsvResult {
  const text = reply.trim();
  if (!/^229[ -]/.test(text)) return { ok: false, error: 'A reply to EPSV starts with 229. This line does not.' };
  const match = /\(([\x21-\x7e])\1\1(\d{1,5})\1\)/.exec(text);
  if (match === null)
    return {
      ok: false,
      error: 'No "(|||port|)" part was found: RFC 2428 puts the port between three delimiters and a fourth.',
    };
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return { ok: false, error: `The port ${port} is outside 1 to 65535.` };
  return { ok: true, port, delimiter: match[1] as string };
}
