// Splits a compose body into the rep's new text, the signature and the quoted thread.
// PLACEHOLDER CONTRACT: the zoning work replaces this body; keep the exported names and types.
import type { BodyFormat, Person } from './types';

/** One earlier message found in the quoted thread, newest first. */
export interface ThreadMessage {
  from: Person;
  /** Date as written in the header line, if any. */
  dateText?: string;
  text: string;
}

export interface ZonedBody {
  newText: string;
  signature: string;
  quoted: string;
  /** True when a quoted thread was found; false means "unknown", not "no earlier messages". */
  hasThread: boolean;
  /** The quoted thread split into messages, newest first. */
  messages: ThreadMessage[];
}

export function zoneBody(body: string, _format: BodyFormat): ZonedBody {
  return { newText: body, signature: '', quoted: '', hasThread: false, messages: [] };
}
