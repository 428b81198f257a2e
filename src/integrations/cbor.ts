/**
 * A minimal CBOR (RFC 8949) decoder for the definite-length items Pagefind writes in its
 * metadata file: integers, byte and text strings, arrays, maps and the simple values. It
 * throws on anything else (indefinite lengths, tags, floats), so a format change in a newer
 * Pagefind fails the build instead of being misread.
 */

/** A decoded item. */
export type CborValue =
  number | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

/** Decodes the single item that fills `bytes`. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;

  /** The argument of the head at `at` (the length, count or value), moving past the head. */
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR: additional information ${info} at byte ${at - 1} is not supported`);
    if (at + size > bytes.length) throw new Error('CBOR: the data ends inside an item');
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };

  const take = (length: number): Uint8Array => {
    if (at + length > bytes.length) throw new Error('CBOR: the data ends inside a string');
    const slice = bytes.subarray(at, at + length);
    at += length;
    return slice;
  };

  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: the data ends before an item');
    const head = bytes[at++] as number;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 23) return undefined;
      throw new Error(`CBOR: simple value or float ${info} at byte ${at - 1} is not supported`);
    }
    const n = argument(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return take(n).slice();
      case 3:
        return new TextDecoder('utf-8', { fatal: true }).decode(take(n));
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i += 1) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR: tag at byte ${at - 1} is not supported`);
    }
  };

  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the item`);
  return value;
}
