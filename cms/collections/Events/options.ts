// The vocabularies live in cms/domain, the site's public face of cms/; the site's components
// still import them from here until they move there too.
export { AUDIENCES, EVENT_TYPES, VENUE_KINDS, type Audience, type EventType } from '../../domain/eventVocabulary.ts'

/** A vocabulary as the options of a Payload select or radio field. */
export const options = <T extends Record<string, { sv: string; en: string }>>(vocabulary: T) =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }))
