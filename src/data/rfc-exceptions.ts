/**
 * The one place for known exceptions to the RFC checks (tests/unit/rfc-content.test.ts),
 * each with its reason. An exception that no longer excuses anything fails the test, so
 * this list cannot outlive what it excuses.
 */
import type { CheckException } from '../lib/rfc-checks.ts';

/** Every accepted exception to the RFC checks. */
export const RFC_CHECK_EXCEPTIONS: readonly CheckException[] = [
  {
    check: 'rfc-available',
    rfc: 1639,
    reason:
      'RFC 1639 (LPRT and LPSV, the 228 reply) is not in ../shared/rfc/ and its text is not available here, so citations of it cannot be checked',
  },
  {
    check: 'rfc-backed',
    command: 'LPRT',
    reason: 'RFC 1639 gives the replies to LPRT; its text is not available here (see above)',
  },
  {
    check: 'rfc-backed',
    command: 'LPSV',
    reason: 'RFC 1639 gives the replies to LPSV; its text is not available here (see above)',
  },
  {
    check: 'rfc-available',
    rfc: 4253,
    reason:
      'RFC 4253 (the SSH transport) is cited only to contrast SFTP with FTP; it is not an FTP RFC and not in ../shared/rfc/',
  },
  {
    check: 'rfc-available',
    rfc: 8446,
    reason:
      'RFC 8446 (TLS 1.3) is cited only for the first byte of a TLS handshake record; it is not an FTP RFC and not in ../shared/rfc/',
  },
  {
    check: 'digit-section',
    rfc: 959,
    section: '6',
    reason:
      "RFC 959's state diagrams (section 6) label each transition with a reply's first digit; citing them for where a 2yz or 3yz reply leads is about the diagram, not about what the digit means (section 4.2)",
  },
  {
    check: 'section-mentions',
    file: 'content/codes/332.mdx',
    rfc: 959,
    section: '6',
    reason:
      'the login diagram in RFC 959 section 6 draws 332 as its first digit, 3, so the number itself is not in the text',
  },
  {
    check: 'rfc-backed',
    code: '250',
    command: 'CDUP',
    reason:
      "RFC 959 section 4.1.1 and Appendix II give CDUP the reply codes of CWD, whose list in 5.4 has 250 (5.4's own line for CDUP has 200; the 250 page explains the conflict)",
  },
  {
    check: 'rfc-backed',
    code: '553',
    command: 'MKD',
    reason: "RFC 959 Appendix II says MKD's failure replies are analogous to those of STOR, which 5.4 lists with 553",
  },
  ...['RETR', 'STOR', 'APPE'].map((command) => ({
    check: 'rfc-backed' as const,
    code: '554',
    command,
    reason: `RFC 1123 section 4.1.3.4: 554 may answer any FTP service command that follows REST, such as ${command} (RFC 3659 5.3 names RETR and STOR as the commands that complete a restart, and lets servers accept APPE)`,
  })),
  ...['RETR', 'STOR'].map((command) => ({
    check: 'rfc-backed' as const,
    code: '555',
    command,
    reason: `RFC 1123 section 4.1.3.4: 555 may answer any FTP service command following REST, such as ${command}`,
  })),
];
