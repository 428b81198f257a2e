/** Every server adapter, by server id. */
import type { ServerId } from '../types.ts';
import type { ServerAdapter } from './adapter.ts';
import { proftpd } from './proftpd.ts';
import { pureFtpd } from './pure-ftpd.ts';
import { vsftpd } from './vsftpd.ts';

/** The adapter for each server. */
export const ADAPTERS: Record<ServerId, ServerAdapter> = { vsftpd, proftpd, 'pure-ftpd': pureFtpd };
