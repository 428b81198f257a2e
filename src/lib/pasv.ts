/**
 * Decodes a 227 reply to PASV: "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)." gives the
 * address h1.h2.h3.h4 and the port p1 × 256 + p2 (RFC 959 4.1.2 and 4.2.2). RFC 1123
 * 4.1.2.6 tells clients to scan for the six numbers rather than rely on the parentheses,
 * so this does too. It also says when the address cannot be reached from the internet.
 */

/** Why an address in a 227 reply may not work for a client outside the server's network. */
export type AddressWarning =
  'private' | 'loopback' | 'link-local' | 'unspecified' | 'shared' | 'documentation' | 'multicast' | 'reserved';

/** A decoded 227 reply, or the reason it could not be decoded. */
export type PasvResult =
  | { ok: true; host: string; port: number; p1: number; p2: number; warnings: AddressWarning[] }
  | { ok: false; error: string };

/** What each warning means, for the decoder's output. */
export const WARNING_TEXT: Record<AddressWarning, string> = {
  private:
    'a private address (RFC 1918): a client outside the server’s network cannot reach it. The server is probably behind NAT and should announce its public address.',
  loopback:
    'a loopback address: it means “this machine” to whoever uses it, so a remote client would connect to itself.',
  'link-local': 'a link-local address: valid only on the server’s own network segment.',
  unspecified: 'the unspecified address 0.0.0.0: the server did not fill in a real address.',
  shared: 'a carrier-grade NAT address (100.64.0.0/10): not reachable from the internet.',
  documentation: 'an address reserved for documentation and examples: no real server uses it.',
  multicast: 'a multicast address: a TCP connection cannot be made to it.',
  reserved: 'a reserved address: not reachable on the internet.',
};

/** Classifies an IPv4 address given as four octets. */
export function addressWarnings([a, b, c]: readonly number[]): AddressWarning[] {
  if (a === undefined || b === undefined || c === undefined) return [];
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return ['private'];
  if (a === 127) return ['loopback'];
  if (a === 169 && b === 254) return ['link-local'];
  if (a === 0) return ['unspecified'];
  if (a === 100 && b >= 64 && b <= 127) return ['shared'];
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113))
    return ['documentation'];
  if (a >= 224 && a <= 239) return ['multicast'];
  if (a >= 240) return ['reserved'];
  return [];
}

/** Decodes a 227 reply line. */
export function decode227(reply: string): PasvResult {
  const text = reply.trim();
  if (text === '')
    return { ok: false, error: 'Paste a 227 reply, for example: 227 Entering Passive Mode (192,0,2,10,195,80).' };
  if (!/^227[ -]/.test(text)) return { ok: false, error: 'A reply to PASV starts with 227. This line does not.' };
  const match = /(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/.exec(
    text.slice(3),
  );
  if (match === null)
    return { ok: false, error: 'No six comma-separated numbers (h1,h2,h3,h4,p1,p2) were found after 227.' };
  const numbers = match.slice(1, 7).map(Number);
  if (numbers.some((n) => n > 255))
    return { ok: false, error: 'Each of the six numbers is one byte, 0 to 255; this reply has a larger one.' };
  const [h1, h2, h3, h4, p1, p2] = numbers as [number, number, number, number, number, number];
  const port = p1 * 256 + p2;
  if (port === 0) return { ok: false, error: 'The port decodes to 0, which no server can listen on.' };
  return { ok: true, host: `${h1}.${h2}.${h3}.${h4}`, port, p1, p2, warnings: addressWarnings([h1, h2, h3, h4]) };
}
