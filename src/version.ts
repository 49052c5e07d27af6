// Kept in step with package.json by a test: the user agent and the job summary quote it.
export const ACTION_VERSION = '0.1.0'
