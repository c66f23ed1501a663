// The one shape a stats event may have, shared by the client (which builds events) and the server
// (which accepts them). Every field is an enum, a number or a fixed-format id: there is no free-text
// field anywhere, so no email text or address can be stored by mistake. Anything else is rejected.
import type { Language, MissingElement, Verdict } from '../core';

export const HOSTS = ['outlook', 'gmail', 'playground'] as const;
export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const VERDICTS: readonly Verdict[] = ['none', 'chaser', 'weak', 'follow-up', 'abort'];
export const MISSING_ELEMENTS: readonly MissingElement[] = ['agreement', 'value', 'timebound'];
export const ACTIONS = [
  'shown',
  'inserted-follow-up',
  'inserted-abort',
  'inserted-next-step',
  'dismissed',
  'held-on-send',
  'sent-anyway',
] as const;

export type Host = (typeof HOSTS)[number];
export type StatsAction = (typeof ACTIONS)[number];

export interface StatsEvent {
  /** Made by the client; the server's idempotency key, so a retried event is counted once. */
  id: string;
  /** ISO 8601 time the rep acted. */
  ts: string;
  /** HMAC-SHA256 (hex) of the mailbox address keyed with the team key: pseudonymous, never the address. */
  rep: string;
  host: Host;
  lang: Language;
  verdict: Verdict;
  missing: MissingElement[];
  priorUnanswered: number;
  action: StatsAction;
}

/** Overflow the client could not keep: reported once (its id makes retries idempotent). */
export interface DropReport {
  id: string;
  count: number;
}

export interface EventBatch {
  events: StatsEvent[];
  dropped?: DropReport;
}

export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_BATCH_BYTES = 256 * 1024;
/** A client clock may run a little fast; further in the future than this is a broken clock. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const EARLIEST_MS = Date.UTC(2020, 0, 1);

/**
 * The times an event may carry: up to a day ahead of `now`, and not before `oldestMs`. The server
 * sets `oldestMs` to its retention cutoff: an event whose raw copy would already have been deleted
 * could not be recognised as a duplicate, so it is refused instead of being counted twice.
 */
export interface AcceptedTimes {
  now: number;
  oldestMs?: number;
}
const MAX_PRIOR_UNANSWERED = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REP_ID = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const EVENT_FIELDS = new Set([
  'id',
  'ts',
  'rep',
  'host',
  'lang',
  'verdict',
  'missing',
  'priorUnanswered',
  'action',
]);
const BATCH_FIELDS = new Set(['events', 'dropped']);
const DROP_FIELDS = new Set(['id', 'count']);

/** Thrown with a reason a client developer can act on, e.g. `events[3].host must be one of …`. */
export class InvalidBatchError extends Error {}

function fail(reason: string): never {
  throw new InvalidBatchError(reason);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKnownFields(value: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) fail(`${where} has an unknown field "${key.slice(0, 40)}"`);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(`${where} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function integerIn(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`${where} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function uuid(value: unknown, where: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) fail(`${where} must be a lowercase UUID`);
  return value;
}

export function parseEvent(
  value: unknown,
  where: string,
  { now, oldestMs = EARLIEST_MS }: AcceptedTimes,
): StatsEvent {
  if (!isRecord(value)) fail(`${where} must be an object`);
  onlyKnownFields(value, EVENT_FIELDS, where);
  const ts = value.ts;
  if (typeof ts !== 'string' || !ISO_TIME.test(ts) || Number.isNaN(Date.parse(ts))) {
    fail(`${where}.ts must be an ISO 8601 time like 2026-03-02T09:15:00Z`);
  }
  const time = Date.parse(ts);
  if (time < oldestMs || time > now + MAX_CLOCK_SKEW_MS) {
    const oldest = new Date(oldestMs).toISOString();
    fail(`${where}.ts is outside the accepted range (${oldest} until a day from now)`);
  }
  if (typeof value.rep !== 'string' || !REP_ID.test(value.rep)) {
    fail(`${where}.rep must be a 64-digit lowercase hex HMAC`);
  }
  if (!Array.isArray(value.missing)) fail(`${where}.missing must be an array`);
  const missing = value.missing.map((m, i) => oneOf(m, MISSING_ELEMENTS, `${where}.missing[${i}]`));
  if (new Set(missing).size !== missing.length) fail(`${where}.missing lists an element twice`);
  return {
    id: uuid(value.id, `${where}.id`),
    ts,
    rep: value.rep,
    host: oneOf(value.host, HOSTS, `${where}.host`),
    lang: oneOf(value.lang, LANGUAGES, `${where}.lang`),
    verdict: oneOf(value.verdict, VERDICTS, `${where}.verdict`),
    missing,
    priorUnanswered: integerIn(value.priorUnanswered, 0, MAX_PRIOR_UNANSWERED, `${where}.priorUnanswered`),
    action: oneOf(value.action, ACTIONS, `${where}.action`),
  };
}

/** Validates a whole batch; one bad event rejects the batch, so nothing of it is stored. */
export function parseBatch(value: unknown, times: AcceptedTimes): EventBatch {
  if (!isRecord(value)) fail('the body must be a JSON object {"events":[...]}');
  onlyKnownFields(value, BATCH_FIELDS, 'the body');
  if (!Array.isArray(value.events)) fail('"events" must be an array');
  if (value.events.length > MAX_EVENTS_PER_BATCH) {
    fail(`a batch holds at most ${MAX_EVENTS_PER_BATCH} events`);
  }
  const events = value.events.map((e, i) => parseEvent(e, `events[${i}]`, times));
  if (value.dropped === undefined) return { events };
  const dropped = value.dropped;
  if (!isRecord(dropped)) fail('"dropped" must be an object {"id","count"}');
  onlyKnownFields(dropped, DROP_FIELDS, '"dropped"');
  return {
    events,
    dropped: {
      id: uuid(dropped.id, 'dropped.id'),
      count: integerIn(dropped.count, 1, 1_000_000_000, 'dropped.count'),
    },
  };
}
