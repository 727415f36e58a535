import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import config from '../../payload.config.ts'

export interface PayloadHolder {
  readonly payload: Payload
}

/**
 * One Payload per test file: initialised before the first test, destroyed (closing its
 * pool) after the last. Register it first in a file so it is destroyed last.
 */
export function usePayload(): PayloadHolder {
  let instance: Payload | undefined
  beforeAll(async () => {
    instance = await getPayload({ config })
    keepUploadsInRunFolder(instance)
  })
  afterAll(async () => {
    await instance?.destroy()
    instance = undefined
  })
  return {
    get payload() {
      if (!instance) throw new Error('Payload is not ready: use it inside a test or hook.')
      return instance
    },
  }
}

/**
 * Uploaded files are not rolled back with the database, so they go to the run's temp folder
 * (removed by the global teardown) instead of the repository.
 */
function keepUploadsInRunFolder(payload: Payload): void {
  const dataDir = process.env.DATA_DIR
  if (!dataDir) throw new Error('DATA_DIR is not set: run int tests through the `int` Vitest project.')
  for (const collection of Object.values(payload.collections)) {
    const upload = collection.config.upload
    if (upload) upload.staticDir = path.join(dataDir, 'uploads', collection.config.slug)
  }
}
