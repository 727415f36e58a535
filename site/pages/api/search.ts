import type { APIRoute } from 'astro'
import { parseSearchParams } from '../../../cms/domain/search/params.ts'
import { search } from '../../lib/cms.ts'

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
  })

/** `GET /api/search`: validate, search, answer JSON; bad parameters are a 400 in both languages. */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseSearchParams(url.searchParams)
  if (!parsed.ok) {
    const en = url.searchParams.get('locale') === 'en'
    return json({ error: parsed.problems.map((p) => (en ? p.en : p.sv)).join(' '), problems: parsed.problems }, 400)
  }
  const result = await search(parsed.query)
  return json({ ...result, ignored: parsed.ignored }, 200)
}
