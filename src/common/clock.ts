/** The source of "now". Inject it; never call `new Date()` in domain code. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
