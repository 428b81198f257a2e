/**
 * What a command is for, the grouping of the command index: RFC 959 section 4.1 splits its
 * commands into access control (4.1.1), transfer parameters (4.1.2) and service commands
 * (4.1.3); the security commands come from RFC 2228, the other extensions from later RFCs.
 */

/** The purposes, in the order the command index shows them. */
export const COMMAND_PURPOSES = ['access-control', 'transfer-parameters', 'service', 'security', 'extensions'] as const;

/** One purpose. */
export type CommandPurpose = (typeof COMMAND_PURPOSES)[number];

/** A heading and one line for each purpose. */
export const PURPOSE_LABELS: Record<CommandPurpose, { label: string; about: string }> = {
  'access-control': {
    label: 'Access control',
    about: 'Who the user is, which directory they work in, and the end of the session (RFC 959, section 4.1.1).',
  },
  'transfer-parameters': {
    label: 'Transfer parameters',
    about:
      'How the next transfer is made: which data connection, which representation, structure and mode (RFC 959, section 4.1.2).',
  },
  service: {
    label: 'Service commands',
    about:
      'The work itself: transfers, listings, file and directory actions, status and help (RFC 959, section 4.1.3).',
  },
  security: {
    label: 'Security',
    about:
      'Authentication and protection of the control and data connections (RFC 2228, used by FTP over TLS in RFC 4217).',
  },
  extensions: {
    label: 'Extensions',
    about:
      'Commands added by later RFCs: feature discovery, IPv6-ready data connections, file facts, languages and virtual hosts.',
  },
};
