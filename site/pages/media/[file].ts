/**
 * Uploaded images and documents, served from the site's own origin so pages load nothing from
 * another host (the CMS runs on another port). Only files of the public media collection are
 * served, found by their stored name; the bytes come from the upload folder both processes share.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { APIRoute } from 'astro'
import { findPublicMediaFile, uploadFolder } from '../../lib/cms.ts'

const uploads = uploadFolder()

const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export const GET: APIRoute = async ({ params, request }) => {
  const file = params.file ?? ''
  const found = await findPublicMediaFile(file)
  if (!found) return notFound()
  const full = path.join(uploads, file)
  if (path.dirname(full) !== path.resolve(uploads)) return notFound()
  let info
  try {
    info = await stat(full)
  } catch {
    return notFound()
  }
  const etag = `"${createHash('sha1').update(`${file}:${info.size}:${info.mtimeMs}`).digest('base64url')}"`
  const headers = {
    'content-type': found.mimeType,
    etag,
    'last-modified': info.mtime.toUTCString(),
    // A new upload gets a new name; a replaced file changes its ETag.
    'cache-control': 'public, max-age=86400',
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(await readFile(full)), { headers: { ...headers, 'content-length': String(info.size) } })
}
