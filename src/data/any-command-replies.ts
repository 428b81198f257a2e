/**
 * What a reply means after any command, for the codes whose meaning does not depend on the
 * command (RFC 959 section 4.2.1 and 4.2.2, RFC 2228 section 5.1). A command page shows this
 * line unless the command's own file (content/commands/) says more. "{command}" stands for
 * the command's name.
 */

/** By code: the general line, with {command} for the command. */
const ANY_COMMAND_REPLIES: Readonly<Record<string, string>> = {
  '200': 'The server accepted {command} and carried it out.',
  '202': 'The server accepted {command}, but at this site it has no effect.',
  '421':
    'The server closes the control connection instead of carrying out {command}: it is shutting down, the session timed out, or it takes no more sessions.',
  '451': 'The server hit a local error while carrying out {command}; the same command may work later.',
  '500':
    'The server did not recognise {command} or could not parse the line; servers that do not know the command at all answer this way.',
  '501': 'The server knows {command} but rejected its argument: missing, malformed or not allowed.',
  '502': 'The server knows of {command} but does not implement it.',
  '503': '{command} came out of order: the command it depends on was not sent first, or did not succeed.',
  '504': 'The server implements {command}, but not with the argument given.',
  '530': 'Nobody is logged in yet, and the server carries out {command} only after a login.',
  '533':
    'The server refuses {command} at the protection level it was sent with, for example unprotected where its policy asks for protected commands.',
  '534': "The server's security policy does not allow {command} as asked.",
  '535': 'A security check on {command} failed, for example a checksum or a sequence number.',
};

/** The general line for a code after a command, or undefined when the code needs a line of its own. */
export function anyCommandLine(code: string, command: string): string | undefined {
  return ANY_COMMAND_REPLIES[code]?.replaceAll('{command}', command);
}
