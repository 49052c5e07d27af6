/**
 * Where the core's shell talks to a person. The action writes workflow commands through
 * src/workflow-commands.ts; the CLI writes plain lines (or a live status line on a terminal). The modes only
 * see this interface, so both shells run the same deploy.
 */
export interface Log {
  info(message: string): void
  warning(message: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  /** A distribution's status while waiting (the CLI redraws one line; the action logs it). */
  progress(id: string, status: string, elapsedMs: number): void
}
