/**
 * Share links carry the (masked) log in the URL fragment, which browsers never send to a
 * server: "#log=" and the text, deflated and base64url-encoded where the browser can
 * compress, "#text=" and the plain text otherwise.
 */

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The fragment (with its "#") that carries a text. */
export async function encodeFragment(text: string): Promise<string> {
  if (typeof CompressionStream === 'undefined') return `#text=${encodeURIComponent(text)}`;
  return `#log=${toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')))}`;
}

/** The text a fragment carries, or undefined when it carries none (or a damaged one). */
export async function decodeFragment(hash: string): Promise<string | undefined> {
  try {
    if (hash.startsWith('#text=')) return decodeURIComponent(hash.slice(6));
    if (hash.startsWith('#log=') && typeof DecompressionStream !== 'undefined') {
      return new TextDecoder().decode(await pipe(fromBase64Url(hash.slice(5)), new DecompressionStream('deflate-raw')));
    }
  } catch {
    return undefined;
  }
  return undefined;
}
