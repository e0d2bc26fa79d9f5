/** The one call the test setup makes on async-exit-hook (it has no types of its own). */
declare module 'async-exit-hook' {
  const asyncExitHook: { unhookEvent(event: string): void };
  export default asyncExitHook;
}
