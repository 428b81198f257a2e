/**
 * What the first and second digits of a reply mean, in our words, from RFC 959
 * section 4.2.1 (and RFC 2228 section 3 for the 6yz class). Shown on the index pages.
 */
import type { ClassDigit, GroupDigit } from '../lib/reply-code.ts';

/** Paragraphs explaining each class. */
export const CLASS_EXPLANATIONS: Record<ClassDigit, string[]> = {
  '1': [
    'A 1xx reply says the server has started on the request and will send another reply when it is done. The client must not send its next command in between: it waits for the final reply, which starts with 2, 4 or 5.',
    'RFC 959 allows at most one 1xx reply per command. In practice a 1xx reply means "the data connection is about to carry the file or listing": 150 when the server opens a new data connection, 125 when one is already open.',
  ],
  '2': [
    'A 2xx reply means the command did what it asked. The client may send the next command.',
    'For a transfer, the 2xx reply (usually 226) arrives after the data; it is the server telling the client that the whole file went through.',
  ],
  '3': [
    'A 3xx reply means the server accepted the command but needs another one before it can act: PASS after USER (331), ACCT after PASS (332), RNTO after RNFR or a transfer command after REST (350).',
    'These replies belong to command sequences. Anything other than the expected next command normally ends the sequence.',
  ],
  '4': [
    'A 4xx reply means the command failed, but the condition is expected to pass: sending the very same command again, later, may succeed. RFC 959 gives a rule of thumb: a failure is 4xx when the command could be repeated without changing its spelling, its arguments, the user or the server.',
    'Note that 4xx does not mean "your fault" as it does in HTTP. FTP has no client-error class; the first digit says whether to retry, not who is to blame.',
  ],
  '5': [
    'A 5xx reply means the command failed and repeating it unchanged will fail again. Something has to change first: the command, its argument, the login, the permissions, or the server.',
    'Even so, RFC 959 notes that some permanent conditions can be fixed by a person, after which the same sequence may be tried again.',
  ],
  '6': [
    'The 6xx replies come from the FTP security extensions (RFC 2228). Once a security mechanism protects the control connection, the server can wrap its real reply in a 631, 632 or 633 reply whose text is the protected, base64-encoded original.',
    'A client that has negotiated protection decodes the text and acts on the reply inside it. Few clients meet these today: FTP over TLS (RFC 4217) protects the whole control connection instead.',
  ],
};

/** Paragraphs explaining each group. */
export const GROUP_EXPLANATIONS: Record<GroupDigit, string[]> = {
  '0': [
    'The second digit 0 marks replies about syntax: commands the server could not parse, commands it does not implement, and correct commands that fit no other group (such as 200 "Command okay").',
  ],
  '1': [
    'The second digit 1 marks replies to requests for information: system status and file status (211, 213), help (214) and the system type (215).',
  ],
  '2': [
    'The second digit 2 marks replies about the connections themselves: the control connection (220 ready, 221 closing, 421 closing down) and the data connection (225, 226, 227, 229, 425, 426).',
  ],
  '3': [
    'The second digit 3 marks replies about logging in and accounting: 230 logged in, 331 and 332 asking for a password or account, and 530 and 532 refusing.',
  ],
  '4': [
    'RFC 959 leaves the second digit 4 unassigned. The codes here come from later RFCs that needed new replies, such as RFC 2228 for the security extensions.',
  ],
  '5': [
    "The second digit 5 marks replies about the server's file system: the file or directory exists or not, the action completed or was refused, the storage is full, the name is not allowed.",
  ],
};
