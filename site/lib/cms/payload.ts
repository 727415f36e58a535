/**
 * The site's way into the CMS: Payload's Local API in this process (no HTTP hop).
 *
 * Every read passes `overrideAccess: false` (the Local API bypasses access control by
 * default), so the collections' own rules decide what the public sees: published hubs,
 * published public events, contact details only where a person chose to show them. The few
 * reads that must go past those rules are services in cms/ that say why.
 */
import { getPayload, type DataFromCollectionSlug, type Payload } from 'payload'
import config from '../../../payload.config.ts'
import { isValidSlug } from '../../../cms/domain/slugify.ts'
import type { Locale } from '../i18n.ts'

let payloadPromise: Promise<Payload> | undefined

/** One Payload per process. A failed start is forgotten, so the next request tries again. */
export function cms(): Promise<Payload> {
  payloadPromise ??= getPayload({ config }).catch((err: unknown) => {
    payloadPromise = undefined
    throw err
  })
  return payloadPromise
}

/** A relationship is an id when not populated, or when the reader may not see the target. */
export function populated<T extends object>(value: number | T | null | undefined): T | null {
  return value != null && typeof value === 'object' ? value : null
}

/**
 * The one document the public may see at `slug`, or null. Every page and feed that is
 * addressed by a slug reads through here, so the slug check and access rules are the same.
 */
export async function publicBySlug<C extends 'hubs' | 'events' | 'municipalities'>(
  collection: C,
  slug: string,
  locale: Locale,
  options: { depth: number; select?: Record<string, true>; populate?: Record<string, Record<string, true>> },
): Promise<DataFromCollectionSlug<C> | null> {
  if (!isValidSlug(slug)) return null
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    overrideAccess: false,
    pagination: false,
    ...options,
  } as Parameters<Payload['find']>[0])
  return (result.docs[0] as DataFromCollectionSlug<C> | undefined) ?? null
}

/**
 * Runs a CMS command, turning the refusals it throws (`refusal`, which carries a `problem`)
 * into values the page can show; anything else is a real error.
 */
export async function attempt<T, P>(
  refusal: abstract new (...args: never[]) => { problem: P },
  work: (payload: Payload) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; problem: P }> {
  try {
    return { ok: true, value: await work(await cms()) }
  } catch (err) {
    if (err instanceof refusal) return { ok: false, problem: err.problem }
    throw err
  }
}
