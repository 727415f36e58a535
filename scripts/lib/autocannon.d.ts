/** The small part of autocannon's API the search benchmark uses (the package has no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
  }

  interface Stats {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }

  interface Result {
    requests: Stats & { total: number; sent: number }
    latency: Stats
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }

  interface Instance extends EventEmitter {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTimeMs: number) => void): this
    on(event: string, listener: (...args: unknown[]) => void): this
  }

  function autocannon(options: Options, callback: (err: Error | null, result: Result) => void): Instance

  export default autocannon
}
