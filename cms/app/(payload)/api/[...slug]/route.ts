import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guardRestPost } from '../../../../auth/routes.ts'

export const GET = REST_GET(config)
// Login and forgot-password go through the portal's throttling and reset flow (cms/auth/routes.ts).
export const POST = guardRestPost(config, REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
