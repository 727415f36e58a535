import { describe, expect, it } from 'vitest'
import { requestUser } from '../../../site/features/account/requestUser.ts'

describe('requestUser', () => {
  it('answers null without a session token and never looks anything up', async () => {
    const looked: string[] = []
    const user = requestUser(() => undefined, async (token) => (looked.push(token), { id: 1 }))
    expect(await user()).toBeNull()
    expect(await user()).toBeNull()
    expect(looked).toEqual([])
  })

  it('looks the token up once, however many loaders ask and however they overlap', async () => {
    const looked: string[] = []
    const user = requestUser(() => 'a.b.c', async (token) => (looked.push(token), { id: 7 }))
    const [first, second] = await Promise.all([user(), user()])
    expect(await user()).toBe(first)
    expect(second).toBe(first)
    expect(first).toEqual({ id: 7 })
    expect(looked).toEqual(['a.b.c'])
  })

  it('reads the token at the first call, not when the request starts', async () => {
    let cookie: string | undefined
    const user = requestUser(() => cookie, async (token) => ({ token }))
    cookie = 'x.y.z'
    expect(await user()).toEqual({ token: 'x.y.z' })
  })

  it('shares a failed lookup too, rather than trying again within the request', async () => {
    let calls = 0
    const user = requestUser(() => 't', async () => {
      calls++
      throw new Error('database down')
    })
    await expect(user()).rejects.toThrow('database down')
    await expect(user()).rejects.toThrow('database down')
    expect(calls).toBe(1)
  })
})
