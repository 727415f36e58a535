import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardGraphqlPost } from '../../../../auth/routes.ts'

// For logged-in users only, with bounded queries (cms/auth/routes.ts, cms/auth/graphqlLimits.ts).
export const POST = guardGraphqlPost(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
