import type { CollectionBeforeChangeHook } from 'payload'

/** Calendar clients only replace an event they already have when SEQUENCE goes up. */
export const raiseSequence: CollectionBeforeChangeHook = ({ operation, data, originalDoc }) => {
  if (operation === 'update' && originalDoc) {
    data.sequence = (originalDoc.sequence ?? 0) + 1
  } else if (operation === 'create') {
    data.sequence = 0
  }
  return data
}
