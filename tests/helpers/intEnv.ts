/**
 * Runs in each int worker before the test file is imported: payload.config.ts reads its
 * database and secret from the environment at import time.
 */
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.DATA_DIR = inject('dataDir')
process.env.PAYLOAD_DB_PUSH = 'false'
// Mail goes to .eml files under DATA_DIR, never to a real server.
delete process.env.SMTP_URL
