/** The address part of MAIL_FROM ("Name <a@b>" or "a@b"), for ORGANIZER when there is no public one. */
export function noReplyAddress(mailFrom: string | undefined): string {
  const address = mailFrom?.match(/<([^<>\s]+@[^<>\s]+)>/)?.[1] ?? mailFrom?.trim()
  return address && /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address : 'noreply@coworking-region.invalid'
}
