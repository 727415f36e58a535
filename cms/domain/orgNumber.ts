/**
 * Swedish organisation numbers (organisationsnummer): ten digits, NNNNNN-NNNN,
 * the last one a Luhn check digit over the first nine. Government agencies start with 2.
 */
export type OrgNumberCheck =
  | { ok: true; normalized: string }
  | { ok: false; reason: 'format' | 'checksum' }

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function checkOrgNumber(input: unknown): OrgNumberCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'format' }
  const trimmed = input.trim()
  // Accept an optional century prefix "16" as Skatteverket prints it on some documents.
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(trimmed)
  if (!match) return { ok: false, reason: 'format' }
  const digits = match[1] + match[2]
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, reason: 'checksum' }
  return { ok: true, normalized: `${digits.slice(0, 6)}-${digits.slice(6)}` }
}
