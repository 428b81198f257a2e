/**
 * Real-world queries and the page each must find: reply texts, server and client wordings,
 * lines pasted from client logs and error dialogs, symptoms, comparisons and guide topics
 * asked as questions. `top: 1` means first result, `top: 3` top three. The search spec runs
 * them through the header box, so instant answers and full-text results count together.
 */

/** One query and where it must land. */
export interface RelevanceCase {
  query: string;
  expect: string;
  top: 1 | 3;
}

/** The suite. */
export const RELEVANCE: RelevanceCase[] = [
  // The reply texts of the RFCs.
  { query: "Can't open data connection", expect: '/codes/425/', top: 1 },
  { query: 'Not logged in', expect: '/codes/530/', top: 1 },
  { query: 'Connection closed; transfer aborted', expect: '/codes/426/', top: 1 },
  { query: 'Entering Passive Mode', expect: '/codes/227/', top: 1 },
  { query: 'Entering Extended Passive Mode', expect: '/codes/229/', top: 1 },
  { query: 'Service not available, closing control connection', expect: '/codes/421/', top: 1 },
  { query: 'User name okay, need password', expect: '/codes/331/', top: 1 },
  { query: 'Closing data connection', expect: '/codes/226/', top: 1 },
  { query: 'local error in processing', expect: '/codes/451/', top: 1 },
  { query: 'Insufficient storage space in system', expect: '/codes/452/', top: 1 },
  { query: 'Exceeded storage allocation', expect: '/codes/552/', top: 1 },
  { query: 'File name not allowed', expect: '/codes/553/', top: 1 },
  { query: 'Syntax error, command unrecognized', expect: '/codes/500/', top: 1 },
  { query: 'Bad sequence of commands', expect: '/codes/503/', top: 1 },
  { query: 'Need account for storing files', expect: '/codes/532/', top: 1 },
  { query: 'Service ready for new user', expect: '/codes/220/', top: 1 },
  { query: 'Restart marker reply', expect: '/codes/110/', top: 1 },
  { query: 'File status okay; about to open data connection', expect: '/codes/150/', top: 1 },
  { query: 'Requested file action pending further information', expect: '/codes/350/', top: 1 },
  { query: 'Command not implemented', expect: '/codes/502/', top: 3 },
  { query: 'Requested file action not taken', expect: '/codes/450/', top: 1 },
  // What servers really print.
  { query: 'Login incorrect', expect: '/codes/530/', top: 3 },
  { query: '530 Login incorrect.', expect: '/codes/530/', top: 1 },
  { query: '550 Permission denied', expect: '/codes/550/', top: 1 },
  { query: '421 Too many connections', expect: '/codes/421/', top: 1 },
  { query: 'Please login with USER and PASS', expect: '/codes/530/', top: 1 },
  { query: 'Failed to open file', expect: '/codes/550/', top: 3 },
  { query: 'There are too many connections from your internet address', expect: '/codes/421/', top: 1 },
  { query: 'There are too many connected users, please try later', expect: '/codes/421/', top: 1 },
  { query: 'Use PORT or PASV first', expect: '/codes/425/', top: 3 },
  { query: '503 Login with USER first.', expect: '/codes/503/', top: 1 },
  { query: 'Directory successfully changed', expect: '/codes/250/', top: 1 },
  { query: 'Here comes the directory listing', expect: '/codes/150/', top: 1 },
  { query: 'Please specify the password', expect: '/codes/331/', top: 1 },
  { query: 'Unable to build data connection', expect: '/codes/425/', top: 3 },
  { query: 'Overwrite permission denied', expect: '/codes/550/', top: 3 },
  // Lines recorded from real servers (content/observations/) that no entry quotes: only the generated section lists them.
  { query: '229 Extended Passive mode OK (|||<port>|)', expect: '/codes/229/', top: 1 },
  { query: '257 "/" is your current location', expect: '/codes/257/', top: 1 },
  { query: '331 User anonymous OK. Password required', expect: '/codes/331/', top: 1 },
  { query: '220-IPv6 connections are also welcome on this server.', expect: '/codes/220/', top: 1 },
  { query: '500 XYZZY not understood', expect: '/codes/500/', top: 1 },
  // Symptoms.
  { query: 'permission denied', expect: '/codes/550/', top: 3 },
  { query: 'no such file or directory', expect: '/codes/550/', top: 3 },
  { query: 'too many connections', expect: '/codes/421/', top: 3 },
  { query: 'passive mode private ip', expect: '/codes/227/', top: 3 },
  { query: 'connection timed out', expect: '/codes/10060/', top: 3 },
  { query: 'connection refused', expect: '/codes/10061/', top: 3 },
  { query: 'connection reset by peer', expect: '/codes/10054/', top: 3 },
  { query: 'disk full', expect: '/codes/452/', top: 3 },
  // Comparisons.
  { query: '425 vs 426', expect: '/compare/425-vs-426/', top: 1 },
  { query: '426 vs 425', expect: '/compare/425-vs-426/', top: 1 },
  { query: '425 426', expect: '/compare/425-vs-426/', top: 1 },
  { query: '450 vs 550', expect: '/compare/450-vs-550/', top: 1 },
  { query: '530 550', expect: '/compare/530-vs-550/', top: 1 },
  // Commands: a command's name finds its page; a command with a code finds the code or the command.
  { query: 'RETR', expect: '/commands/RETR/', top: 1 },
  { query: 'EPSV', expect: '/commands/EPSV/', top: 1 },
  { query: 'PASV', expect: '/commands/PASV/', top: 1 },
  { query: 'MLSD', expect: '/commands/MLSD/', top: 1 },
  { query: 'STOR 553', expect: '/codes/553/', top: 3 },
  // Guide topics.
  { query: 'active vs passive', expect: '/guides/active-vs-passive/', top: 3 },
  { query: 'SFTP', expect: '/guides/ftp-ftps-sftp/', top: 3 },
  { query: 'multi-line reply', expect: '/guides/reply-codes/', top: 3 },
  // Server texts that several pages mention: the page where the text is the reply comes first.
  { query: 'Permission denied', expect: '/codes/550/', top: 1 },
  { query: 'Transfer complete', expect: '/codes/226/', top: 1 },
  { query: 'Connection refused', expect: '/codes/10061/', top: 1 },
  { query: 'No such file or directory', expect: '/codes/550/', top: 3 },
  // Lines pasted from curl's verbose output and error messages (texts from curl's lib/ftp.c).
  { query: 'curl: (67) Access denied: 530', expect: '/codes/530/', top: 1 },
  { query: 'RETR response: 550', expect: '/codes/550/', top: 1 },
  { query: 'Failed FTP upload: 553', expect: '/codes/553/', top: 1 },
  { query: 'server did not report OK, got 451', expect: '/codes/451/', top: 1 },
  { query: 'Got a 120 ftp-server response when 220 was expected', expect: '/codes/120/', top: 1 },
  { query: "Couldn't interpret the 227-response", expect: '/codes/227/', top: 1 },
  { query: 'We got a 421 - timeout', expect: '/codes/421/', top: 1 },
  { query: 'Server denied you to change to the given directory', expect: '/codes/550/', top: 3 },
  { query: 'Weirdly formatted EPSV reply', expect: '/codes/229/', top: 3 },
  { query: 'Login sequence fully executed yet not logged in, aborting.', expect: '/codes/331/', top: 3 },
  // FileZilla's log lines (libfilezilla's socket error texts) and the Windows texts behind them.
  {
    query: 'Connection attempt failed with "ECONNREFUSED - Connection refused by server".',
    expect: '/codes/10061/',
    top: 1,
  },
  {
    query: 'Connection attempt failed with "ETIMEDOUT - Connection attempt timed out".',
    expect: '/codes/10060/',
    top: 1,
  },
  {
    query: 'Error:\tThe data connection could not be established: ETIMEDOUT - Connection attempt timed out',
    expect: '/codes/10060/',
    top: 1,
  },
  { query: 'Transfer connection interrupted: ECONNRESET - Connection reset by peer', expect: '/codes/10054/', top: 1 },
  {
    query: 'Server sent passive reply with unroutable address. Using server address instead.',
    expect: '/codes/227/',
    top: 1,
  },
  { query: 'Response:\t550 Failed to change directory.', expect: '/codes/550/', top: 1 },
  { query: 'Response:\t421 Too many connections (8) from this IP', expect: '/codes/421/', top: 1 },
  // WinSCP's FTP engine (its TextsFileZilla.rc): its own text, then the reason Windows gives.
  {
    query:
      "Transfer channel can't be opened. Reason: No connection could be made because the target machine actively refused it.",
    expect: '/codes/10061/',
    top: 1,
  },
  {
    query:
      "Transfer channel can't be opened. Reason: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
    expect: '/codes/10060/',
    top: 1,
  },
  { query: 'An existing connection was forcibly closed by the remote host', expect: '/codes/10054/', top: 1 },
  // Guide topics asked as questions.
  { query: 'What is the difference between FTP, FTPS and SFTP?', expect: '/guides/ftp-ftps-sftp/', top: 1 },
  { query: 'how does passive mode work', expect: '/guides/active-vs-passive/', top: 3 },
  { query: 'why does the directory listing hang?', expect: '/guides/active-vs-passive/', top: 3 },
  { query: 'what does the first digit of a reply code mean', expect: '/guides/reply-codes/', top: 3 },
  { query: 'what happens in an FTP session', expect: '/guides/ftp-session/', top: 3 },
  { query: 'how to read a multi-line reply', expect: '/guides/reply-codes/', top: 3 },
];
