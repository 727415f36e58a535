import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction: the request's own when it already has one (then
 * the caller commits), otherwise a new one that commits when `work` succeeds and rolls back
 * when it throws.
 */
export async function inTransaction<T>(payload: Payload, req: PayloadRequest | undefined, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const request = req ?? (await createLocalReq({}, payload))
  const began = await initTransaction(request)
  try {
    const value = await work(request)
    if (began) await commitTransaction(request)
    return value
  } catch (err) {
    if (began) await killTransaction(request)
    throw err
  }
}
