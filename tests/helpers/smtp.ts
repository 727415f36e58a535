/**
 * A real SMTP server for tests (`smtp-server`), keeping every message it receives, parsed
 * with `mailparser`. It can be stopped and started again on the same port, to play an outage.
 */
import { createServer } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string
  raw: string
  parsed: ParsedMail
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export class TestSmtpServer {
  readonly received: ReceivedMail[] = []
  private server: SMTPServer | null = null

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer(await freePort())
    await smtp.resume()
    return smtp
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`
  }

  /** Starts listening (again) on the same port. */
  async resume(): Promise<void> {
    if (this.server) return
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          simpleParser(raw)
            .then((parsed) => {
              for (const rcpt of session.envelope.rcptTo) this.received.push({ to: rcpt.address, raw, parsed })
              callback()
            })
            .catch(callback)
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
  }

  /** Stops listening: connections are refused until `resume()`. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to === address.toLowerCase())
  }
}
