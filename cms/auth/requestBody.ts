/**
 * Reading a request body no larger than a limit, and the credentials in it the way Payload
 * reads them (JSON, or multipart with a `_payload` JSON field, which the admin panel's forms
 * send). A too-large body is refused while it streams, before it is read in full.
 */

/** The body's bytes, or 'too-large' as soon as more than `maxBytes` arrive (or Content-Length says so). */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) return 'too-large'
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** The same request again, with the body already read (a stream can be read once). */
export function withBody(request: Request, body: Uint8Array<ArrayBuffer>): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength > 0 ? body : undefined })
}

export interface Credentials {
  email: string | null
  password: string | null
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

/** The e-mail address and password in a login or forgot-password body; null for what is missing or unreadable. */
export async function credentialsIn(contentType: string | null, body: Uint8Array<ArrayBuffer>): Promise<Credentials> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  let data: unknown = null
  try {
    if (type === 'application/json') data = JSON.parse(new TextDecoder().decode(body))
    else if (type === 'multipart/form-data') {
      const form = await new Response(body, { headers: { 'content-type': contentType ?? '' } }).formData()
      const json = form.get('_payload')
      data = typeof json === 'string' ? JSON.parse(json) : null
    }
  } catch {
    data = null
  }
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  return { email: text(fields.email)?.trim() ?? null, password: text(fields.password) }
}
