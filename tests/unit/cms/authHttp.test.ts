import { describe, expect, it } from 'vitest'
import { authEndpoint } from '../../../cms/auth/authEndpoint.ts'
import { proxyCount } from '../../../cms/domain/http/clientAddress.ts'
import { authText, panelResetPasswordMail, requestLocale } from '../../../cms/auth/messages.ts'
import { credentialsIn, readBody } from '../../../cms/auth/requestBody.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the guarded REST endpoints', () => {
  it('are found the way Payload matches them: the slug exactly, the path in any case', () => {
    expect(authEndpoint(['users', 'login'])).toBe('login')
    expect(authEndpoint(['users', 'LOGIN'])).toBe('login')
    expect(authEndpoint(['users', 'Forgot-Password'])).toBe('forgot-password')
    expect(authEndpoint(['users', 'login', ''])).toBe('login')
    expect(authEndpoint(['users', 'logout'])).toBeNull()
    expect(authEndpoint(['users', 'reset-password'])).toBeNull()
    expect(authEndpoint(['hubs', 'login'])).toBeNull()
    expect(authEndpoint(undefined)).toBeNull()
  })
})

describe('request bodies', () => {
  it('are refused as too large by Content-Length or while they stream', async () => {
    expect(await readBody(new Request('http://x/', { method: 'POST', body: 'x'.repeat(10), headers: { 'content-length': '99999' } }), 100)).toBe('too-large')
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(bytes('x'.repeat(50)))
        controller.close()
      },
    })
    expect(await readBody(new Request('http://x/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit), 100)).toBe('too-large')
    expect(new TextDecoder().decode((await readBody(new Request('http://x/', { method: 'POST', body: 'hej' }), 100)) as Uint8Array)).toBe('hej')
  })

  it('carry credentials as JSON, or in multipart `_payload` as the admin panel sends them', async () => {
    expect(await credentialsIn('application/json', bytes('{"email":" a@b.se ","password":"p"}'))).toEqual({ email: 'a@b.se', password: 'p' })
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email: 'a@b.se', password: 'p' }))
    const multipart = new Request('http://x/', { method: 'POST', body: form })
    const body = new Uint8Array(await multipart.arrayBuffer())
    expect(await credentialsIn(multipart.headers.get('content-type'), body)).toEqual({ email: 'a@b.se', password: 'p' })
  })

  it('have no credentials when broken, of another type, or not strings', async () => {
    expect(await credentialsIn('application/json', bytes('{"email":'))).toEqual({ email: null, password: null })
    expect(await credentialsIn('text/plain', bytes('{"email":"a@b.se","password":"p"}'))).toEqual({ email: null, password: null })
    expect(await credentialsIn('application/json', bytes('{"email":["a@b.se"],"password":"  "}'))).toEqual({ email: null, password: null })
    expect(await credentialsIn('application/json', bytes('null'))).toEqual({ email: null, password: null })
  })
})

describe('the language of an answer', () => {
  it('is the admin panel’s cookie, else the preferred of Swedish and English, else Swedish', () => {
    expect(requestLocale(new Headers({ cookie: 'a=1; payload-lng=en', 'accept-language': 'sv' }))).toBe('en')
    expect(requestLocale(new Headers({ 'accept-language': 'de, en-GB;q=0.8, sv;q=0.5' }))).toBe('en')
    expect(requestLocale(new Headers({ 'accept-language': 'en;q=0.3, sv-SE' }))).toBe('sv')
    expect(requestLocale(new Headers({ 'accept-language': 'fi' }))).toBe('sv')
    expect(requestLocale(new Headers())).toBe('sv')
  })

  it('waits are said in seconds under a minute and a half, in minutes after', () => {
    expect(authText.sv.tooManyAttempts(5)).toBe('För många försök. Vänta 5 sekunder och försök igen.')
    expect(authText.en.tooManyAttempts(1)).toBe('Too many attempts. Wait 1 second and try again.')
    expect(authText.en.tooManyAttempts(600)).toBe('Too many attempts. Wait 10 minutes and try again.')
  })
})

describe('the admin panel’s reset mail', () => {
  it('carries the absolute link it is given, in the person’s language', () => {
    const mail = panelResetPasswordMail('Kim', 'en', 'https://cms.example.se/admin/reset/abc', 60)
    expect(mail.subject).toBe('Choose a new password for the admin panel')
    expect(mail.text).toContain('https://cms.example.se/admin/reset/abc')
    expect(mail.text).toContain('60 minutes')
    expect(panelResetPasswordMail('Kim', 'sv', 'https://x/', 60).text).toContain('Hej Kim!')
  })
})

describe('trusted proxies', () => {
  it('are a whole number from 0 to 10, else 0', () => {
    expect([undefined, '1', '2', '-1', '1.5', 'x', '11'].map((v) => proxyCount(v))).toEqual([0, 1, 2, 0, 0, 0, 0])
  })
})
