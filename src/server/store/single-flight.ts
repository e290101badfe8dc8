/**
 * `run` at most once at a time: callers that arrive while it runs get the running promise instead
 * of starting a second loop (the counters' catchUp, results-counts*.ts).
 *
 * The reset happens in `finally` after the assignment: a try/finally inside `run` would run
 * synchronously when there is nothing to do, before `running` is even set, and leave a settled
 * promise behind that every later caller would take for "all done".
 */
export function singleFlight(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
}
