/** The AWS JSON protocol sends timestamps as epoch seconds, with a fraction. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}
