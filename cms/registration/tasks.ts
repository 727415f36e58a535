import type { TaskConfig } from 'payload'
import { MAIL_QUEUE } from '../mail/outbox.ts'
import { sendReminders } from './service.ts'

/** Every ten minutes: reminders for confirmed places at events in the coming 24 hours. */
export const remindTask: TaskConfig<'sendReminders'> = {
  slug: 'sendReminders',
  label: 'Send event reminders',
  retries: 0,
  schedule: [{ cron: '0 */10 * * * *', queue: MAIL_QUEUE }],
  handler: async ({ req }) => ({ output: { queued: await sendReminders(req.payload) } }),
  outputSchema: [{ name: 'queued', type: 'number' }],
}
