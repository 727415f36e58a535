import type { TaskConfig } from 'payload'
import { MAIL_QUEUE } from '../mail/outbox.ts'
import { sendReminders } from './notices.ts'
import { promoteAfterExpiry } from './waitlist.ts'

/**
 * Every ten minutes: reminders for confirmed places at events in the coming 24 hours, and
 * seats of registrations left unconfirmed for 48 hours given to the waiting list.
 */
export const remindTask: TaskConfig<'sendReminders'> = {
  slug: 'sendReminders',
  label: 'Send event reminders',
  retries: 0,
  schedule: [{ cron: '0 */10 * * * *', queue: MAIL_QUEUE }],
  handler: async ({ req }) => ({
    output: { queued: await sendReminders(req.payload), promoted: await promoteAfterExpiry(req.payload) },
  }),
  outputSchema: [
    { name: 'queued', type: 'number' },
    { name: 'promoted', type: 'number' },
  ],
}
