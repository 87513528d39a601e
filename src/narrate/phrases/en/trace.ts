/** The traced run: lock hand-off, the unsafe counter's stale writes, and what tracing costs. */
export const trace = {};
