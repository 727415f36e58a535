/**
 * Test isolation through database transactions that are never committed.
 *
 * Payload rolls back the request's transaction whenever an operation fails, and an aborted
 * Postgres transaction refuses every later statement. So a call that is expected to fail runs
 * in a savepoint (`attempt`), and only that savepoint is lost. Savepoints also let a file
 * build shared fixtures once in an outer transaction and give each test a savepoint of it.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import type { PayloadHolder } from './payload.ts'

type Session = PostgresAdapter['sessions'][string]
/** The one method of a drizzle transaction used here: a nested transaction is a savepoint. */
type Nestable = { transaction: (fn: (savepoint: unknown) => Promise<void>) => Promise<void> }

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

/** Signals the drizzle savepoint callback to roll back; never escapes this file. */
class SavepointRollback extends Error {}

let savepoints = 0

function sessionsOf(payload: Payload): PostgresAdapter['sessions'] {
  return (payload.db as unknown as PostgresAdapter).sessions
}

/** Opens a savepoint on an open transaction, shaped like one of Payload's own sessions. */
function openSavepoint(outer: Session['db']): Promise<Session> {
  return new Promise<Session>((ready, failed) => {
    const done: Promise<void> = (outer as unknown as Nestable)
      .transaction(async (savepoint) => {
        await new Promise<void>((release, abort) => {
          ready({
            db: savepoint as Session['db'],
            resolve: () => {
              release()
              return done
            },
            reject: () => {
              abort(new SavepointRollback())
              return done
            },
          })
        })
      })
      .catch((err: unknown) => {
        if (!(err instanceof SavepointRollback)) throw err
      })
    done.catch(failed)
  })
}

export class TestTransaction {
  private constructor(
    readonly payload: Payload,
    readonly id: string,
    private readonly end: (commit: boolean) => Promise<void>,
  ) {}

  /** A new top-level transaction, begun the way Payload begins one for a request. */
  static async begin(payload: Payload): Promise<TestTransaction> {
    const req = await createLocalReq({}, payload)
    if (!(await initTransaction(req))) throw new Error('The database adapter did not begin a transaction.')
    return new TestTransaction(payload, String(req.transactionID), async () => killTransaction(req))
  }

  /** A savepoint inside this transaction, usable as a transaction of its own. */
  async nest(): Promise<TestTransaction> {
    const sessions = sessionsOf(this.payload)
    const outer = sessions[this.id]
    if (!outer) throw new Error(`Transaction ${this.id} has already ended.`)
    const id = `${this.id}/sp${++savepoints}`
    sessions[id] = await openSavepoint(outer.db)
    return new TestTransaction(this.payload, id, async (commit) => {
      const session = sessions[id]
      if (!session) return // Payload already rolled it back after a failed operation
      delete sessions[id]
      await (commit ? session.resolve() : session.reject())
    })
  }

  /** False once Payload has rolled this transaction back because an operation failed. */
  get alive(): boolean {
    return Boolean(sessionsOf(this.payload)[this.id])
  }

  async rollback(): Promise<void> {
    await this.end(false)
  }

  /** Keeps a savepoint's work in the enclosing transaction. */
  async release(): Promise<void> {
    await this.end(true)
  }

  /** A Local API request acting as `user` (the public when omitted), bound to this transaction. */
  async req(user?: User | null): Promise<PayloadRequest> {
    if (!this.alive) throw new Error('The test transaction was rolled back by a failed operation; expected failures belong in tx.attempt().')
    const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, this.payload)
    req.transactionID = this.id
    return req
  }

  /**
   * Runs `fn` as `user` in a savepoint and reports how it ended. A failure undoes only what
   * `fn` did; the test's transaction stays usable.
   */
  async attempt<T>(user: User | null | undefined, fn: (req: PayloadRequest) => Promise<T>): Promise<Outcome<T>> {
    const savepoint = await this.nest()
    try {
      const value = await fn(await savepoint.req(user))
      await savepoint.release()
      return { ok: true, value }
    } catch (error) {
      await savepoint.rollback()
      return { ok: false, error }
    }
  }
}

export interface TransactionHolder {
  readonly tx: TestTransaction
}

function holderOf(get: () => TestTransaction | undefined): TransactionHolder {
  return {
    get tx() {
      const tx = get()
      if (!tx) throw new Error('No transaction is open here: use it inside a test or hook.')
      return tx
    },
  }
}

async function endChecked(tx: TestTransaction): Promise<void> {
  const alive = tx.alive
  await tx.rollback()
  if (!alive) {
    throw new Error(
      'An operation failed outside tx.attempt() and Payload rolled the transaction back mid-test; ' +
        'later writes in that test may have been committed.',
    )
  }
}

/**
 * Every test runs in a transaction that is rolled back afterwards, so nothing a test writes
 * is seen by the next. Inside a `useFileTransaction`, each test gets a savepoint of it.
 */
export function useTestTransaction(holder: PayloadHolder, within?: TransactionHolder): TransactionHolder {
  let tx: TestTransaction | undefined
  beforeEach(async () => {
    tx = within ? await within.tx.nest() : await TestTransaction.begin(holder.payload)
  })
  afterEach(async () => {
    const current = tx
    tx = undefined
    if (current) await endChecked(current)
  })
  return holderOf(() => tx)
}

/** One transaction around a whole file, for fixtures built once in `beforeAll`; rolled back at the end. */
export function useFileTransaction(holder: PayloadHolder): TransactionHolder {
  let tx: TestTransaction | undefined
  beforeAll(async () => {
    tx = await TestTransaction.begin(holder.payload)
  })
  afterAll(async () => {
    const current = tx
    tx = undefined
    if (current) await endChecked(current)
  })
  return holderOf(() => tx)
}
