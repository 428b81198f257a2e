/**
 * Where each RFC gives the facts the extraction reads. The codes and texts come from the
 * RFC text; this file only says which section holds which kind of list, so that a
 * reader can check every line of the extracted data against the section it names.
 */

/** A place in an RFC that lists replies for commands, and how it lists them. */
export type ReplyListSpec =
  | { kind: 'table'; section: string }
  | { kind: 'command-blocks'; section: string }
  | { kind: 'diagram'; section: string }
  | { kind: 'abnf'; section: string; rule: string; command: string }
  | { kind: 'prose'; section: string; commands: string[]; sentence?: string };

/** What to read from one RFC file. */
export interface RfcSpec {
  /** The RFC number. */
  rfc: number;
  /** The file name in the RFC folder. */
  file: string;
  /** Sections whose lines are a reply list ("425 Can't open data connection."). */
  replyListSections: string[];
  /** Sections with example reply strings printed without their code. */
  examples: { section: string; code: string }[];
  /** Where the RFC says which replies its commands can get. */
  replyLists: ReplyListSpec[];
}

/** The RFCs in ../shared/rfc/ and what each contributes. */
export const RFC_SPECS: readonly RfcSpec[] = [
  {
    rfc: 959,
    file: 'rfc0959.txt',
    replyListSections: ['4.2.1', '4.2.2'],
    examples: [],
    replyLists: [{ kind: 'table', section: '5.4' }],
  },
  {
    rfc: 1123,
    file: 'rfc1123-section4.txt',
    replyListSections: ['4.1.2.9', '4.1.3.4'],
    examples: [],
    // "A 555 reply may result from an APPE command or from any FTP service command following a REST command."
    replyLists: [{ kind: 'prose', section: '4.1.3.4', commands: ['APPE'], sentence: 'from an APPE command' }],
  },
  {
    rfc: 2228,
    file: 'rfc2228.txt',
    replyListSections: ['5.1'],
    examples: [],
    replyLists: [
      { kind: 'command-blocks', section: '3' },
      { kind: 'table', section: '8.2' },
      // "... any security command can return 500, 501, 502, 533, or 421."
      {
        kind: 'prose',
        section: '8.2',
        commands: ['AUTH', 'ADAT', 'PROT', 'PBSZ', 'MIC', 'CONF', 'ENC'],
        sentence: 'any security command can return',
      },
    ],
  },
  {
    rfc: 2389,
    file: 'rfc2389.txt',
    replyListSections: [],
    examples: [],
    replyLists: [
      { kind: 'prose', section: '3.2', commands: ['FEAT'] },
      { kind: 'prose', section: '4', commands: ['OPTS'] },
    ],
  },
  {
    rfc: 2428,
    file: 'rfc2428.txt',
    replyListSections: [],
    examples: [
      { section: '2', code: '522' },
      { section: '3', code: '229' },
    ],
    replyLists: [
      { kind: 'prose', section: '2', commands: ['EPRT'] },
      { kind: 'prose', section: '3', commands: ['EPSV'] },
    ],
  },
  {
    rfc: 2640,
    file: 'rfc2640.txt',
    replyListSections: [],
    examples: [],
    replyLists: [{ kind: 'abnf', section: '4.2', rule: 'lang-response', command: 'LANG' }],
  },
  {
    rfc: 3659,
    file: 'rfc3659.txt',
    replyListSections: [],
    examples: [],
    replyLists: [
      { kind: 'abnf', section: '3.1', rule: 'mdtm-response', command: 'MDTM' },
      { kind: 'prose', section: '3.1', commands: ['MDTM'] },
      { kind: 'prose', section: '3.2', commands: ['MDTM'] },
      { kind: 'abnf', section: '4.1', rule: 'size-response', command: 'SIZE' },
      { kind: 'prose', section: '4.1', commands: ['SIZE'] },
      { kind: 'prose', section: '4.2', commands: ['SIZE'] },
      { kind: 'abnf', section: '5.3', rule: 'rest-response', command: 'REST' },
      { kind: 'prose', section: '7.1', commands: ['MLST', 'MLSD'] },
      { kind: 'abnf', section: '7.2', rule: 'mlst-response', command: 'MLST' },
      { kind: 'abnf', section: '7.2', rule: 'mlsd-response', command: 'MLSD' },
      { kind: 'prose', section: '7.2.1', commands: ['MLST', 'MLSD'] },
    ],
  },
  {
    rfc: 4217,
    file: 'rfc4217.txt',
    replyListSections: [],
    examples: [],
    replyLists: [
      // "In either case, '234' is the server response to an 'AUTH TLS' command that it will honour."
      { kind: 'prose', section: '4.2', commands: ['AUTH'], sentence: 'is the server response to an' },
      { kind: 'prose', section: '5', commands: ['CCC'] },
      { kind: 'prose', section: '9', commands: ['PROT'] },
      { kind: 'prose', section: '10.2', commands: ['STOR', 'RETR', 'NLST', 'LIST', 'STOU', 'APPE'] },
      { kind: 'prose', section: '11.4', commands: ['STOR', 'RETR', 'NLST'] },
      ...['12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.7'].map((section) => ({
        kind: 'diagram' as const,
        section,
      })),
    ],
  },
  {
    rfc: 7151,
    file: 'rfc7151.txt',
    replyListSections: [],
    examples: [],
    replyLists: [
      { kind: 'abnf', section: '3.1', rule: 'host-response', command: 'HOST' },
      { kind: 'prose', section: '3.1', commands: ['HOST'] },
      { kind: 'prose', section: '3.2', commands: ['HOST'] },
      { kind: 'prose', section: '3.3', commands: ['HOST'] },
    ],
  },
];
