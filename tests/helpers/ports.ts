/**
 * Ports for the servers the tests start (astro preview for Playwright and Lighthouse): a
 * base plus an offset derived from the checkout's path, so two checkouts on one machine
 * never test each other's server.
 */
import { createHash } from 'node:crypto';

/** The checkout these tests belong to. */
const CHECKOUT = new URL('../../', import.meta.url).pathname;

/** `base` plus 0 to 499, fixed for this checkout. */
export function checkoutPort(base: number): number {
  return base + (createHash('sha1').update(CHECKOUT).digest().readUInt16BE(0) % 500);
}
