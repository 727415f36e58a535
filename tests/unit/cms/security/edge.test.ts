import { describe, expect, it } from 'vitest'
import { ALLOW_HEADER, BODY_LIMIT, bodyLimit, judgeRequest, refusalBody, UPLOAD_LIMIT, type EdgeRequest } from '../../../../cms/security/edge.ts'

const policy = { allowed: ['http://localhost:3000', 'http://127.0.0.1:3000'], dev: false }
const request = (over: Partial<EdgeRequest>): EdgeRequest => ({ method: 'GET', pathname: '/api/hubs', headers: {}, ...over })

describe('bodyLimit', () => {
  it('is 1 MiB, and 10 MiB for writes to an upload collection', () => {
    expect(BODY_LIMIT).toBe(1024 * 1024)
    expect(bodyLimit('POST', '/api/users/login')).toBe(BODY_LIMIT)
    expect(bodyLimit('POST', '/admin/collections/media/create')).toBe(BODY_LIMIT)
    expect(bodyLimit('POST', '/api/media')).toBe(UPLOAD_LIMIT)
    expect(bodyLimit('patch', '/api/media/12')).toBe(UPLOAD_LIMIT)
    expect(bodyLimit('DELETE', '/api/media/12')).toBe(BODY_LIMIT)
    expect(bodyLimit('POST', '/api/mediabank')).toBe(BODY_LIMIT)
  })
})

describe('judgeRequest', () => {
  it('lets an ordinary request through', () => {
    expect(judgeRequest(request({}), policy)).toBeNull()
    expect(judgeRequest(request({ method: 'POST', headers: { 'content-length': '1024', origin: 'http://localhost:3000', cookie: 'payload-token=x' } }), policy)).toBeNull()
  })

  it.each(['TRACE', 'CONNECT', 'PROPFIND', 'track'])('answers %s with 405 and Allow', (method) => {
    const refusal = judgeRequest(request({ method }), policy)!
    expect(refusal.status).toBe(405)
    expect(refusal.headers.Allow).toBe(ALLOW_HEADER)
    expect(ALLOW_HEADER).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  })

  it('refuses a body over its limit by its stated length, and closes rather than reads it', () => {
    const refusal = judgeRequest(request({ method: 'POST', pathname: '/api/users/login', headers: { 'content-length': String(BODY_LIMIT + 1) } }), policy)!
    expect(refusal.status).toBe(413)
    expect(refusal.close).toBe(true)
    expect(refusal.message).toContain('1 MiB')
    expect(judgeRequest(request({ method: 'POST', pathname: '/api/users/login', headers: { 'content-length': String(BODY_LIMIT) } }), policy)).toBeNull()
    expect(judgeRequest(request({ method: 'POST', pathname: '/api/media', headers: { 'content-length': String(5 * BODY_LIMIT) } }), policy)).toBeNull()
    expect(judgeRequest(request({ method: 'POST', pathname: '/api/media', headers: { 'content-length': String(UPLOAD_LIMIT + 1) } }), policy)!.message).toContain('10 MiB')
  })

  it('refuses a chunked body, whose size is not known before reading it', () => {
    const refusal = judgeRequest(request({ method: 'POST', headers: { 'transfer-encoding': 'chunked' } }), policy)!
    expect(refusal.status).toBe(411)
  })

  it('refuses a cookie write from another origin with 403', () => {
    const refusal = judgeRequest(request({ method: 'DELETE', pathname: '/api/hubs/1', headers: { origin: 'http://localhost:4321', cookie: 'payload-token=x' } }), policy)!
    expect(refusal.status).toBe(403)
    expect(refusal.close).toBe(false)
  })

  it('writes its refusal in Payload’s error shape, in both languages', () => {
    const refusal = judgeRequest(request({ method: 'POST', headers: { origin: 'https://evil.example', cookie: 'payload-token=x' } }), policy)!
    const body = JSON.parse(refusalBody(refusal)) as { errors: Array<{ message: string }> }
    expect(body.errors[0].message).toMatch(/annan webbplats.* \/ .*another site/)
  })
})
