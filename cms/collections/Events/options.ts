/** A vocabulary as the options of a Payload select or radio field. */
export const options = <T extends Record<string, { sv: string; en: string }>>(vocabulary: T) =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }))
