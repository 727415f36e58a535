/** Runs once when the CMS's Next server starts, before it answers a request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { recordClientAddresses } = await import('./auth/requestAddress.ts')
    recordClientAddresses()
  }
}
