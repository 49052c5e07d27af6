// The action's entry point. The event guard must be evaluated before anything imports
// @actions/github; everything else lives in main.ts so tests can call run() directly.
import './event-guard.js'
import { run } from './main.js'

await run()
