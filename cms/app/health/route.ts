import config from '@payload-config'
import { getPayload } from 'payload'
import { checkHealth } from '../../health.ts'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  try {
    const health = await checkHealth(await getPayload({ config }))
    return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
  } catch {
    return Response.json({ ok: false, db: 'down' }, { status: 503, headers: { 'cache-control': 'no-store' } })
  }
}
