export function workflowLogToText(log: string): string
export function markdownToText(md: string): string
