import type { CollectionAfterChangeHook } from 'payload'
import { notifyEventCancelled, notifyEventChanged } from '../../../registration/notices.ts'
import { timeOrPlaceChanged } from '../schedule.ts'

/**
 * Cancelling a published event tells everyone registered, in the editor's transaction, so
 * the cancellation and its messages are saved together. Registrations are kept. Moving a
 * published event to another time or place tells those with a place.
 */
export const notifyRegistrants: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const nowCancelled = doc.status === 'cancelled' && doc._status === 'published'
  const wasCancelled = operation === 'update' && previousDoc?.status === 'cancelled' && previousDoc?._status === 'published'
  if (nowCancelled && !wasCancelled) await notifyEventCancelled(req.payload, req, doc.id)
  else if (operation === 'update' && doc._status === 'published' && doc.status !== 'cancelled' && previousDoc?._status === 'published' && timeOrPlaceChanged(previousDoc, doc)) {
    await notifyEventChanged(req.payload, req, doc.id)
  }
  return doc
}
