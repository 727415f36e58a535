import type { APIRoute } from 'astro'
import { health } from '../lib/cms.ts'

export const GET: APIRoute = async () => {
  const result = await health()
  return new Response(JSON.stringify(result), {
    status: result.ok ? 200 : 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}
