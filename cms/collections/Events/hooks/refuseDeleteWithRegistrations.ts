import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { messages } from '../../../fields/messages.ts'

/**
 * Registrations require their event, so deleting one that has any would fail in the database.
 * Refuse with a clear message instead: cancelling keeps participants informed.
 */
export const refuseDeleteWithRegistrations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'registrations', where: { event: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError(messages.eventHasRegistrations, 409, null, true)
}
