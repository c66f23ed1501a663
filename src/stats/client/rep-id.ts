// The rep's pseudonym: HMAC-SHA256 of the mailbox address keyed with the team key, computed on the
// device, so the server never sees the address and cannot reverse it without the key.
function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function repId(
  mailbox: string,
  teamKey: string,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await subtle.importKey(
    'raw',
    encoder.encode(teamKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await subtle.sign('HMAC', key, encoder.encode(mailbox.trim().toLowerCase())));
}

/** A random UUID v4 (crypto.randomUUID needs a secure context; getRandomValues works everywhere). */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
