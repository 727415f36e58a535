import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type errors are caught by `npm run typecheck` in CI; the build should not re-check the whole repo.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
