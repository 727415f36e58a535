import config from '@payload-config'
import { getPayload } from 'payload'
import { checkHealth } from '../../health.ts'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  // `cron: true` starts the job runner (mail, reminders, scheduled publishing) at the first
  // health check, which the launcher makes at start, not at the first admin visit.
  const health = await checkHealth(getPayload({ config, cron: true }))
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
