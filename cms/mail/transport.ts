import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import type MailMessageClass from 'nodemailer/lib/mailer/mail-message.js'
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js'

type SendCallback = (err: Error | null, info?: unknown) => void
type MailMessage = MailMessageClass

/**
 * With SMTP_URL set, mail goes to that server; without it, each message is written as an
 * .eml file under DATA_DIR/mail and logged, so a laptop demo never loses or sends mail.
 *
 * The SMTP address is read when a message is sent, not when the config is loaded, so a
 * running process (and a test) follows a change of `SMTP_URL`.
 */
export function createMailTransport(smtpUrl: () => string | undefined, mailDir: string): Transporter {
  const smtp = new Map<string, SMTPTransport>()
  return nodemailer.createTransport({
    name: 'co-working-region',
    version: '1',
    send(mail: MailMessage, callback: SendCallback) {
      const url = smtpUrl()
      if (url) {
        let transport = smtp.get(url)
        if (!transport) smtp.set(url, (transport = new SMTPTransport(url)))
        transport.send(mail, callback as never)
        return
      }
      mail.message.build((err, message) => {
        if (err) return callback(err)
        mkdirSync(mailDir, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID()}.eml`)
        writeFileSync(file, message)
        console.log(`[mail] no SMTP_URL set; wrote ${path.relative(process.cwd(), file)}`)
        callback(null, { envelope: mail.message.getEnvelope(), messageId })
      })
    },
  } as never)
}
