/**
 * The logged-in user of one request, as the middleware puts it in `locals.user`: looked up at
 * the first call and at most once, so every loader that asks shares one answer, and never for
 * a request without a session token, so public pages do not touch the database. Pure; unit
 * tested.
 */
export function requestUser<U>(token: () => string | undefined, lookup: (token: string) => Promise<U | null>): () => Promise<U | null> {
  let user: Promise<U | null> | undefined
  const find = (): Promise<U | null> => {
    const value = token()
    return value ? lookup(value) : Promise.resolve(null)
  }
  return () => (user ??= find())
}
