import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

/**
 * With SMTP_URL set, mail goes to that server. Without it, each message is written as an
 * .eml file under DATA_DIR/mail and logged, so a laptop demo never loses or sends mail.
 */
export function createMailTransport(smtpUrl: string | undefined, mailDir: string): Transporter {
  if (smtpUrl) return nodemailer.createTransport(smtpUrl)
  return nodemailer.createTransport({
    name: 'eml-files',
    version: '1',
    send(mail, callback) {
      mail.message.build((err, message) => {
        if (err) return callback(err, undefined as never)
        mkdirSync(mailDir, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID()}.eml`)
        writeFileSync(file, message)
        console.log(`[mail] no SMTP_URL set; wrote ${path.relative(process.cwd(), file)}`)
        callback(null, { envelope: mail.message.getEnvelope(), messageId } as never)
      })
    },
  })
}
