/**
 * How replies lead from one to the next inside one exchange, transcribed from the RFCs'
 * command-reply sequences: which replies close what a preliminary (1yz) reply opened,
 * which command an intermediate (3yz) reply asks for, and which replies prepare the next
 * command (PASV's 227, the greeting). The relation model in src/lib/relation.ts reads it;
 * the reply lists themselves come from src/data/rfc/ and the entries.
 */
import type { ExchangeSteps } from '../lib/relation.ts';

/** How a transfer command can start once PASV, EPSV, LPSV, PORT or EPRT has set up its data connection. */
const DATA_OUTCOMES = [
  { code: '125', when: 'when that connection is already open as the command arrives' },
  { code: '150', when: 'when the server accepts the transfer' },
  { code: '425', when: 'when the data connection cannot be made' },
];

/** The RFC sequences that connect one reply to another. */
export const EXCHANGE_STEPS: ExchangeSteps = {
  // RFC 959 5.4 indents these under "125, 150": they end what the preliminary reply began.
  // RFC 3659 7.2 gives MLSD the same 150 ... 226 shape; RFC 4217 10.2 lets 522 follow a 150
  // when the TLS negotiation on the new data connection fails.
  closing: [
    {
      commands: ['STOR', 'STOU', 'APPE'],
      opening: ['125', '150'],
      replies: ['110', '226', '250', '425', '426', '451', '551', '552'],
      exclusive: true,
      source: { rfc: 959, section: '5.4' },
    },
    {
      commands: ['RETR'],
      opening: ['125', '150'],
      replies: ['110', '226', '250', '425', '426', '451'],
      exclusive: true,
      source: { rfc: 959, section: '5.4' },
    },
    {
      commands: ['LIST', 'NLST'],
      opening: ['125', '150'],
      replies: ['226', '250', '425', '426', '451'],
      exclusive: true,
      source: { rfc: 959, section: '5.4' },
    },
    // A restart marker is itself a 1yz reply (4.2.1): the transfer's final reply still follows it.
    {
      commands: ['STOR', 'STOU', 'APPE'],
      opening: ['110'],
      replies: ['226', '250', '426', '451', '551', '552'],
      exclusive: true,
      source: { rfc: 959, section: '5.4' },
    },
    {
      commands: ['RETR'],
      opening: ['110'],
      replies: ['226', '250', '426', '451'],
      exclusive: true,
      source: { rfc: 959, section: '5.4' },
    },
    { commands: ['MLSD'], opening: ['150'], replies: ['226'], exclusive: true, source: { rfc: 3659, section: '7.2' } },
    // 7.2.1 allows MLSD the 4yz replies of RFC 959; they sit where 5.4 puts them for LIST.
    {
      commands: ['MLSD'],
      opening: ['150'],
      replies: ['425', '426', '451'],
      exclusive: true,
      stageOnly: true,
      source: { rfc: 3659, section: '7.2.1' },
    },
    // RFC 4217 11.4 also lets 522 refuse the command before any 1yz, so it is not only a closing reply.
    {
      commands: ['STOR', 'STOU', 'APPE', 'RETR', 'LIST', 'NLST'],
      opening: ['150'],
      replies: ['522'],
      exclusive: false,
      when: 'when the TLS negotiation on the new data connection fails',
      source: { rfc: 4217, section: '10.2' },
    },
    // Connection establishment and REIN: "120" with "220" under it; 220 also stands alone.
    {
      commands: ['(connect)', 'REIN'],
      opening: ['120'],
      replies: ['220'],
      exclusive: false,
      source: { rfc: 959, section: '5.4' },
    },
  ],
  continuations: [
    { code: '331', after: ['USER'], next: ['PASS'], purpose: 'the password', source: { rfc: 959, section: '5.4' } },
    {
      code: '332',
      after: ['USER', 'PASS'],
      next: ['ACCT'],
      purpose: 'the account',
      source: { rfc: 959, section: '5.4' },
    },
    {
      code: '336',
      after: ['USER'],
      next: ['PASS'],
      purpose: 'the answer to its challenge',
      source: { rfc: 2228, section: '4' },
    },
    { code: '350', after: ['RNFR'], next: ['RNTO'], purpose: 'the new name', source: { rfc: 959, section: '5.4' } },
    // RFC 3659 5.3: RETR or STOR should follow REST; APPE may, acting like STOR.
    {
      code: '350',
      after: ['REST'],
      next: ['RETR', 'STOR', 'APPE'],
      purpose: 'the transfer to restart',
      source: { rfc: 3659, section: '5.3' },
    },
    { code: '334', after: ['AUTH'], next: ['ADAT'], purpose: 'security data', source: { rfc: 2228, section: '3' } },
    {
      code: '335',
      after: ['ADAT'],
      next: ['ADAT'],
      purpose: 'more security data',
      source: { rfc: 2228, section: '3' },
    },
  ],
  setups: [
    {
      code: '227',
      after: ['PASV'],
      next: 'the transfer command',
      between: 'the client connects to the address and port it announces',
      outcomes: DATA_OUTCOMES,
      source: { rfc: 959, section: '4.1.2' },
    },
    {
      code: '228',
      after: ['LPSV'],
      next: 'the transfer command',
      between: 'the client connects to the address and port it announces',
      outcomes: DATA_OUTCOMES,
      source: { rfc: 1639, section: '2' },
    },
    {
      code: '229',
      after: ['EPSV'],
      next: 'the transfer command',
      between: "the client connects to the port it announces, on the server's own address",
      outcomes: DATA_OUTCOMES,
      source: { rfc: 2428, section: '3' },
    },
    {
      code: '200',
      after: ['PORT', 'EPRT'],
      next: 'the transfer command',
      between: 'the server will connect back to the address the client gave',
      outcomes: DATA_OUTCOMES,
      source: { rfc: 959, section: '4.1.2' },
    },
    {
      code: '220',
      after: ['(connect)'],
      next: 'the first login command',
      between: 'the client starts its login',
      outcomes: [
        { code: '230', when: 'when USER alone is enough to log in' },
        { code: '331', when: 'when USER needs a password to follow' },
        { code: '332', when: 'when USER needs an account to follow' },
        { code: '530', when: 'when the login is refused' },
        { code: '232', when: 'when a security exchange has already identified the user' },
        { code: '336', when: 'when the password has to answer a challenge' },
        {
          code: '234',
          when: 'when AUTH is accepted with no security data to follow (for AUTH TLS, the TLS handshake comes next)',
        },
        { code: '334', when: 'when AUTH is accepted and security data has to follow' },
      ],
      source: { rfc: 959, section: '5.4' },
    },
  ],
  // RFC 2228 8.2: once a security data exchange has completed (234 to AUTH, or 235 to
  // ADAT), any command can get its reply wrapped in 631, 632 or 633.
  // The replies of the exchange itself (334, 335) come before it has completed.
  protection: {
    enablers: ['234', '235'],
    wrappers: ['631', '632', '633'],
    setupReplies: ['334', '335'],
    source: { rfc: 2228, section: '8.2' },
  },
  // RFC 959 5.4, connection establishment: the first line a server may send.
  greeting: ['120', '220', '421'],
  // RFC 959 5.4 lists 503 for PASS, ACCT and RNTO, RFC 2228 3 for ADAT: the reply to a
  // command whose required first step did not happen.
  outOfSequence: '503',
  // What each Winsock error says happened to the TCP connection (the entries' symbols).
  socketEvents: {
    WSAECONNREFUSED: 'refused',
    WSAETIMEDOUT: 'timed-out',
    WSAECONNRESET: 'reset',
    WSAENOTEMPTY: 'not-network',
    WSAEUSERS: 'not-network',
  },
  socketViews: [
    // A connection that never opens: no greeting can arrive (RFC 959 5.4, connection establishment).
    { events: ['refused', 'timed-out'], replies: ['120', '220', '421'], situation: 'no-greeting' },
    // Passive mode: the client connects to the port the reply announced (RFC 959 4.1.2, RFC 2428 3).
    { events: ['refused', 'timed-out'], replies: ['227', '228', '229'], situation: 'passive-connect' },
    { events: ['refused', 'timed-out'], replies: ['425'], situation: 'data-connection' },
    // An open connection cut: stream mode marks the end of a file by an orderly close (RFC 959 3.4.1).
    { events: ['reset'], replies: ['125', '150'], situation: 'breaks-transfer' },
    { events: ['reset'], replies: ['226', '250'], situation: 'instead-of-final' },
    { events: ['reset'], replies: ['426', '451'], situation: 'cut-transfer' },
    { events: ['reset'], replies: ['221', '421'], situation: 'instead-of-close' },
  ],
  // Codes that popular lists give where a standard server sends another (each entry's myths and causes).
  // `context` gives, for each standard reply, the situation and its commands (or the connection).
  listedInstead: [
    {
      code: '231',
      instead: ['221'],
      context: { '221': { situation: 'for the end of a session', commands: ['QUIT'] } },
    },
    {
      code: '430',
      instead: ['530'],
      context: { '530': { situation: 'for a failed login', commands: ['USER', 'PASS', 'ACCT'] } },
    },
    {
      code: '434',
      instead: ['504', '421'],
      context: {
        '504': { situation: 'for a host name the server does not serve', commands: ['HOST'] },
        '421': { situation: 'for a host that cannot take the session now', commands: ['HOST'] },
      },
    },
    {
      code: '10066',
      instead: ['550'],
      context: { '550': { situation: 'for a directory that is not empty', commands: ['RMD'] } },
    },
    {
      code: '10068',
      instead: ['421', '552'],
      context: {
        '421': { situation: 'for a server that has too many users', commands: ['(connect)'] },
        '552': { situation: 'for a quota that is used up', commands: ['STOR', 'STOU', 'APPE'] },
      },
    },
  ],
  // vsftpd answers a transfer command sent before PORT or PASV with 425 and no 150 ("Use PORT
  // or PASV first.", postlogin.c, as the 425 entry records), where RFC 959 5.4 places 425 after
  // 125 or 150.
  alsoFirst: ['425'],
  anyCommand: [
    // RFC 959 4.2.2: "This may be a reply to any command if the service knows it must shut down."
    { code: '421', except: [], by: 'RFC 959 4.2.2', rfc: true, when: 'when it knows it must shut down' },
    // vsftpd 3.0.3, prelogin.c (parse_username_password): before login it takes USER, PASS, QUIT,
    // FEAT and OPTS (and AUTH, PBSZ and PROT when TLS is on); every other command gets 530.
    {
      code: '530',
      except: ['USER', 'PASS', 'QUIT', 'FEAT', 'OPTS'],
      exceptText: 'USER, PASS, QUIT, FEAT and OPTS (and, with TLS on, AUTH, PBSZ and PROT)',
      by: 'vsftpd 3.0.3 (prelogin.c)',
      rfc: false,
      when: 'until the login succeeds',
    },
  ],
};
