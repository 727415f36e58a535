/**
 * Access rules for the collections and globals Payload adds by itself. Payload's default
 * lets any logged-in user read, write and delete them (a representative could lock any
 * document in any user's name, or read the job statistics), and its config offers no option
 * to set them, so they are set on the sanitized config before Payload starts.
 */
import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { isAdmin } from './roles.ts'

type Id = number | string

/** The user id a lock names, from `{ relationTo, value }` or a bare id. */
function lockOwnerOf(value: unknown): Id | null {
  if (value == null) return null
  if (typeof value === 'object') {
    const v = (value as { value?: unknown }).value
    if (v == null) return null
    return typeof v === 'object' ? ((v as { id?: Id }).id ?? null) : (v as Id)
  }
  return value as Id
}

/** Whether the caller may update the document a lock is for (a collection's row or a global). */
async function mayEdit(req: PayloadRequest, document: unknown, globalSlug: unknown): Promise<boolean> {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.globals.config.find((g) => g.slug === globalSlug)
    return Boolean(global && (await global.access.update?.({ req } as never)))
  }
  const ref = document as { relationTo?: string; value?: unknown } | null
  const slug = ref?.relationTo
  const id = typeof ref?.value === 'object' && ref.value ? (ref.value as { id?: Id }).id : (ref?.value as Id | undefined)
  const collection = slug ? req.payload.collections[slug as keyof typeof req.payload.collections] : undefined
  if (!collection || id == null) return false
  const rule = await collection.config.access.update?.({ req, id } as never)
  if (!rule) return false
  if (rule === true) return true
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where: { and: [{ id: { equals: id } }, rule as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const ownLocks = (req: PayloadRequest): Where => ({ 'user.value': { equals: req.user!.id } })

/** Editors see who holds a lock (the admin panel shows it); the public sees none. */
const readLocks: Access = ({ req }) => Boolean(req.user)

/** A lock in one's own name, on a document one may edit. */
const createLock: Access = async ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!req.user || !data) return false
  if (String(lockOwnerOf(data.user)) !== String(req.user.id)) return false
  return mayEdit(req, data.document, data.globalSlug)
}

/** One's own locks only, and never handed to someone else. */
const changeLock: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  if (data && 'user' in data && String(lockOwnerOf(data.user)) !== String(req.user.id)) return false
  return ownLocks(req)
}

const deleteLock: Access = ({ req }) => (isAdmin(req.user) ? true : req.user ? ownLocks(req) : false)

/** A person's own admin-panel preferences (Payload's hook writes the owner on create). */
const ownPreferences: Access = ({ req }) => {
  if (!req.user) return false
  const own: Where[] = [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }]
  return { and: own }
}

const adminOnly: Access = ({ req }) => isAdmin(req.user)
const nobody: Access = () => false

const builtInCollections: Record<string, Record<string, Access>> = {
  'payload-locked-documents': { read: readLocks, create: createLock, update: changeLock, delete: deleteLock },
  'payload-preferences': { read: ownPreferences, create: ({ req }) => Boolean(req.user), update: ownPreferences, delete: ownPreferences },
  // Written by `payload migrate` straight through the database adapter.
  'payload-migrations': { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  // Queued by the portal's own code; the jobs' access (run, queue, cancel) is set in the config.
  'payload-jobs': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

const builtInGlobals: Record<string, Record<string, Access>> = {
  // Written by the job runner straight through the database adapter.
  'payload-jobs-stats': { read: adminOnly, update: nobody, readVersions: nobody },
}

/** Sets the rules above on Payload's own collections and globals. */
export function withBuiltInAccess(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rules = builtInCollections[collection.slug]
    if (rules) collection.access = { ...collection.access, ...rules } as typeof collection.access
  }
  for (const global of config.globals) {
    const rules = builtInGlobals[global.slug]
    if (rules) global.access = { ...global.access, ...rules } as typeof global.access
  }
  return config
}
