/** A loopback HTTP endpoint whose status a test sets: the thing a health check fetches. */
import { createServer, type Server } from 'node:http'

export interface HealthServer {
  url: string
  status: number
  hits: number
  stop(): Promise<void>
}

export async function startHealthServer(status = 200): Promise<HealthServer> {
  const state = { status, hits: 0 }
  const server: Server = createServer((_req, res) => {
    state.hits++
    res.writeHead(state.status, { 'content-type': 'text/plain' }).end(`status ${state.status}\n`)
  })
  await new Promise<void>(res => server.listen(0, '127.0.0.1', res))
  const { port } = server.address() as { port: number }
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/health`,
    stop: () => new Promise<void>(res => server.close(() => res()))
  }) as HealthServer
}
