/**
 * The placeholders in recorded transcripts (content/observations/). The recorder replaces
 * what changes from run to run with these, so that two runs give byte-identical files;
 * everything else a server sent is kept verbatim.
 */

/** Each placeholder and what it stands for. */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '<port>': "a TCP port picked at run time: the server's own port, a passive data port, or the client's data port",
  '<p1>,<p2>': 'the two numbers that PASV and PORT use for a port picked at run time (port = p1 × 256 + p2)',
  '<password>': "the local test user's password, random for every run",
  '<time>': 'the wall-clock time at which the reply was sent (hours and minutes)',
  '<seconds>': 'how long a transfer took, as the server measured it',
  '<speed>': 'the transfer rate the server measured, with its unit',
  '<kbytes>': 'how many kilobytes a session moved, as Pure-FTPd counts them when the user leaves',
  '<run>': "the folder the server ran in, in the recorder's cache (/var/cache/ftp-observe/run/<server>)",
  '<pkg>': "the folder the server's Debian package was extracted to, in the recorder's cache",
  '<cache>': "the recorder's cache folder (/var/cache/ftp-observe), where the files a client uploads come from",
  '<uid>': 'the numeric user id of a test account, in a listing or an MLST fact (it differs between machines)',
  '<gid>': 'the numeric group id of a test account, in a listing or an MLST fact',
  '<unique>': 'the MLST "unique" fact, which servers build from the file\'s device and inode numbers',
};

/** Every placeholder token, for checks that recordings use no undocumented one. */
export const PLACEHOLDER_TOKENS: readonly string[] = Object.keys(PLACEHOLDERS).flatMap((key) => key.split(','));

/**
 * Lines the recorder leaves out, each with why. They are real server output, but whether they
 * appear depends on the clock, so keeping them would make two runs differ.
 */
export const OMITTED_LINES: readonly { server: string; line: string; why: string }[] = [
  {
    server: 'pure-ftpd',
    line: 'The computer is your friend. Trust the computer',
    why: "Pure-FTPd adds this joke to a download's 150 reply when the clock's seconds since 1970 are a multiple of 100 (ftpd.c, unless built with DISABLE_HUMOR)",
  },
];
