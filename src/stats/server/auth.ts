// Secrets and who may do what. Authorization is plain yes/no functions so a reader can check the
// rules in one place.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Who is asking: a logged-in team lead (dashboard session) or a read-only stats token. */
export type Principal = { kind: 'lead'; leadId: string; teamId: string } | { kind: 'token'; teamId: string };

export function canViewTeam(principal: Principal, teamId: string): boolean {
  return principal.teamId === teamId;
}

// scrypt parameters: N=2^15 (~50 ms, 32 MiB) — costly for an attacker with a stolen database,
// cheap enough for a login.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Hashes a password (a low-entropy secret) as `scrypt$<salt b64>$<hash b64>`. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A new random key or token (256 bits), e.g. `kk_ingest_…`. The prefix tells a reader what a leaked
 * string is, so it can be revoked.
 */
export function generateToken(kind: 'ingest' | 'stats' | 'session' | 'password'): string {
  if (kind === 'password') return randomBytes(12).toString('base64url');
  return `kk_${kind}_${randomBytes(32).toString('base64url')}`;
}

/**
 * Keys and tokens are 256-bit random strings, so a fast hash is as safe as scrypt against guessing,
 * and it lets us find the owner with one indexed lookup per request instead of a KDF per request.
 * Passwords, which people choose, use hashSecret() instead.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  return match ? match[1] : null;
}
