/**
 * Signed, timestamped tokens: `<issued at, base 36 ms>.<HMAC-SHA256, base64url>`. Pure; the
 * key is passed in. The MAC covers the timestamp and a binding string (a visitor id, a form
 * name), so neither can be changed or moved to another binding without the key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

const MAC_LENGTH = 43 // 32 bytes in base64url without padding
const TOKEN = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{43})$/

function mac(key: Buffer, purpose: string, issuedAt: number, binding: string): Buffer {
  return createHmac('sha256', key).update(`${purpose}\0${issuedAt}\0${binding}`).digest()
}

export function signToken(key: Buffer, purpose: string, binding: string, issuedAt: number): string {
  return `${issuedAt.toString(36)}.${mac(key, purpose, issuedAt, binding).toString('base64url')}`
}

export type TokenCheck = { ok: true; issuedAt: number } | { ok: false; why: 'malformed' | 'forged' }

/** Checks the MAC in constant time and returns when the token was issued; says nothing about age. */
export function readToken(key: Buffer, purpose: string, binding: string, token: string): TokenCheck {
  const match = TOKEN.exec(token)
  if (!match) return { ok: false, why: 'malformed' }
  const issuedAt = parseInt(match[1], 36)
  if (!Number.isSafeInteger(issuedAt)) return { ok: false, why: 'malformed' }
  const given = Buffer.from(match[2], 'base64url')
  const expected = mac(key, purpose, issuedAt, binding)
  // base64url decoding ignores trailing bits, so also insist on the canonical spelling.
  if (given.length !== expected.length || match[2].length !== MAC_LENGTH || given.toString('base64url') !== match[2]) return { ok: false, why: 'forged' }
  return timingSafeEqual(given, expected) ? { ok: true, issuedAt } : { ok: false, why: 'forged' }
}
