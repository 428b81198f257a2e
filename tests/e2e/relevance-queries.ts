/**
 * Real-world queries and the page each must find: reply texts, server and client wordings,
 * symptoms, comparisons and guide topics. `top: 1` means first result, `top: 3` top three.
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
  // Guide topics.
  { query: 'active vs passive', expect: '/guides/active-vs-passive/', top: 3 },
  { query: 'SFTP', expect: '/guides/ftp-ftps-sftp/', top: 3 },
  { query: 'multi-line reply', expect: '/guides/reply-codes/', top: 3 },
];
