import { InvalidBatchError, MAX_BATCH_BYTES, parseBatch } from '../../event';
import { bearerToken } from '../auth';
import type { BatchWriter } from '../batch-writer';
import { DAY_MS } from '../days';
import { HttpError, parseJson, readBody, sendJson } from '../http';
import { teamIdByIngestKey } from '../queries/team-id-by-ingest-key';
import type { RateLimiter } from '../rate-limit';
import type { RequestContext } from '../router';

/**
 * POST /api/v1/events with `Authorization: Bearer <ingest key>` and `{"events":[...]}`. A batch is
 * stored whole or not at all; 200 `{accepted, duplicates}` is sent only after the commit.
 */
export function ingestEvents(writer: BatchWriter, limiter: RateLimiter, retentionDays: number) {
  return async ({ req, res, app }: RequestContext): Promise<void> => {
    const key = bearerToken(req);
    const teamId = key ? await teamIdByIngestKey(app.store, key) : null;
    if (!teamId) {
      throw new HttpError(
        401,
        'unauthorized',
        'a valid team ingest key is required (Authorization: Bearer …)',
        {
          Connection: 'close',
          'WWW-Authenticate': 'Bearer',
        },
      );
    }
    if (!limiter.take(teamId)) {
      throw new HttpError(429, 'rate_limited', 'too many requests for this key; retry later', {
        'Retry-After': '5',
      });
    }
    const body = await readBody(req, MAX_BATCH_BYTES);
    let batch: ReturnType<typeof parseBatch>;
    try {
      const now = app.now();
      batch = parseBatch(parseJson(body), { now, oldestMs: now - retentionDays * DAY_MS });
    } catch (error) {
      if (error instanceof InvalidBatchError) throw new HttpError(400, 'invalid_batch', error.message);
      throw error;
    }
    const result = await writer.write(teamId, batch);
    app.log.info('events stored', { team: teamId, ...result, dropped: batch.dropped?.count });
    sendJson(res, 200, result);
  };
}
