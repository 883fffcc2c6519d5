/**
 * Deadline throughput: builds the official calendar, then computes deadlines over a realistic mix of rules
 * (every kind, calendar-day, working-day and same-day clocks, some with extensions and pauses) with start
 * dates spread over 2023-2026, for about 1.5 seconds, and prints computations per second.
 *
 *   npm run bench:deadlines
 */
import { performance } from 'node:perf_hooks';
import {
  buildOfficialCalendar,
  computeDeadline,
  extensionRule,
  findRule,
  fromDayNumber,
  resolutionVariant,
  toDayNumber,
  type CaseKind,
  type CaseProcedure,
  type Complexity,
  type DeadlineInput,
  type DeadlineRule,
  type DeadlineStep,
  type IsoDate,
  type RuleVariant,
} from '../src/calendar/domain/index.js';

/** Deterministic PRNG (mulberry32) so every run measures the same mix. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Profile {
  kind: CaseKind;
  procedure: CaseProcedure | null;
  step: DeadlineStep;
  weight: number;
}

/** Roughly the city's volume: civil status and certification dominate, then petitions and complaints. */
const PROFILES: Profile[] = [
  { kind: 'complaint', procedure: 'first_instance', step: 'acceptance', weight: 4 },
  { kind: 'complaint', procedure: 'first_instance', step: 'resolution', weight: 4 },
  { kind: 'complaint', procedure: 'second_instance', step: 'resolution', weight: 1 },
  { kind: 'denunciation', procedure: null, step: 'acceptance', weight: 2 },
  { kind: 'denunciation', procedure: null, step: 'resolution', weight: 2 },
  { kind: 'petition', procedure: 'feedback', step: 'acceptance', weight: 5 },
  { kind: 'petition', procedure: 'request', step: 'resolution', weight: 5 },
  { kind: 'civil_status', procedure: 'birth', step: 'resolution', weight: 12 },
  { kind: 'civil_status', procedure: 'marriage', step: 'resolution', weight: 5 },
  { kind: 'civil_status', procedure: 'death', step: 'resolution', weight: 4 },
  { kind: 'civil_status', procedure: 'change_correction', step: 'resolution', weight: 3 },
  { kind: 'civil_status', procedure: 'parentage', step: 'resolution', weight: 1 },
  { kind: 'civil_status', procedure: 'marital_status_confirmation', step: 'resolution', weight: 4 },
  { kind: 'civil_status', procedure: 're_registration', step: 'resolution', weight: 1 },
  { kind: 'civil_status', procedure: 'extract_copy', step: 'resolution', weight: 6 },
  { kind: 'certification', procedure: 'copy_from_original', step: 'resolution', weight: 20 },
  { kind: 'certification', procedure: 'signature', step: 'resolution', weight: 8 },
  { kind: 'certification', procedure: 'contract', step: 'resolution', weight: 3 },
  { kind: 'certification', procedure: 'translator_signature', step: 'resolution', weight: 1 },
];

interface Job {
  kind: CaseKind;
  procedure: CaseProcedure | null;
  step: DeadlineStep;
  variant: RuleVariant;
  eventDate: IsoDate;
  start: IsoDate | Date;
  extensions: { days: number }[];
  pauses: { from: IsoDate; to: IsoDate | null }[];
}

function buildJobs(count: number): Job[] {
  const random = prng(20240301);
  const totalWeight = PROFILES.reduce((sum, p) => sum + p.weight, 0);
  const first = toDayNumber('2023-01-01');
  const span = toDayNumber('2026-12-31') - first;
  const complexities: Complexity[] = ['normal', 'normal', 'normal', 'complex', 'especially_complex'];
  const jobs: Job[] = [];
  for (let i = 0; i < count; i++) {
    let pick = random() * totalWeight;
    const profile = PROFILES.find((p) => (pick -= p.weight) < 0) ?? PROFILES[0];
    const day = first + Math.floor(random() * span);
    const eventDate = fromDayNumber(day);
    const complexity = complexities[Math.floor(random() * complexities.length)];
    const remoteArea = random() < 0.1;
    const variant: RuleVariant =
      profile.step === 'resolution'
        ? resolutionVariant(profile.kind, complexity, remoteArea)
        : profile.kind === 'denunciation' && random() < 0.2
          ? 'needs_checking'
          : 'normal';
    // Same-day clocks start at an instant (for the 15:00 rule): office hours 07:30-17:00, Vietnam time.
    const minutes = 450 + Math.floor(random() * 570);
    const instant = new Date(
      `${eventDate}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`,
    );
    const rule = findRule(profile.kind, profile.procedure, profile.step, variant, eventDate);
    const extensions: { days: number }[] = [];
    if (profile.step === 'resolution' && random() < 0.25) {
      const policy = extensionRule(profile.kind, profile.procedure, complexity, {
        remoteArea,
        at: eventDate,
      });
      for (let n = 0; policy && n < policy.maxExtensions; n++) {
        extensions.push({ days: policy.maxDaysEach });
      }
    }
    const pauses: { from: IsoDate; to: IsoDate | null }[] = [];
    if (rule?.unit !== 'same_day' && profile.step === 'resolution' && random() < 0.1) {
      const from = day + 1 + Math.floor(random() * 10);
      pauses.push({
        from: fromDayNumber(from),
        to: random() < 0.1 ? null : fromDayNumber(from + 1 + Math.floor(random() * 30)),
      });
    }
    jobs.push({
      kind: profile.kind,
      procedure: profile.procedure,
      step: profile.step,
      variant,
      eventDate,
      start: rule?.unit === 'same_day' ? instant : eventDate,
      extensions,
      pauses,
    });
  }
  return jobs;
}

function main(): void {
  const buildStart = performance.now();
  const calendar = buildOfficialCalendar();
  const buildMs = performance.now() - buildStart;

  const jobs = buildJobs(20_000);
  let checksum = 0;
  let paused = 0;

  const run = (job: Job): void => {
    const rule: DeadlineRule | undefined = findRule(
      job.kind,
      job.procedure,
      job.step,
      job.variant,
      job.eventDate,
    );
    if (!rule) {
      throw new Error(`no rule for ${job.kind}/${job.procedure ?? '-'} ${job.step} ${job.variant}`);
    }
    const input: DeadlineInput = {
      calendar,
      rule,
      start: job.start,
      extensions: job.extensions,
      pauses: job.pauses,
    };
    const { dueDate } = computeDeadline(input);
    if (dueDate === null) {
      paused++;
    } else {
      checksum = (checksum + dueDate.charCodeAt(9) + dueDate.charCodeAt(6)) | 0;
    }
  };

  // Warm-up, then measure for ~1.5 s in batches.
  for (let i = 0; i < 50_000; i++) {
    run(jobs[i % jobs.length]);
  }
  let computations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (let i = 0; i < jobs.length; i++) {
      run(jobs[i]);
    }
    computations += jobs.length;
    elapsed = performance.now() - started;
  }
  const perSecond = Math.round((computations / elapsed) * 1000);

  // The raw calendar operations, for reference.
  const startDay = toDayNumber('2023-01-01');
  let ops = 0;
  let sink = 0;
  const opsStarted = performance.now();
  while (performance.now() - opsStarted < 300) {
    for (let i = 0; i < 100_000; i++) {
      sink += calendar.addWorkingDayNumbers(startDay + (i % 1461), (i % 30) + 1);
      sink += calendar.rollForwardDayNumber(startDay + (i % 1461) + 30);
    }
    ops += 200_000;
  }
  const opsPerSecond = Math.round((ops / (performance.now() - opsStarted)) * 1000);

  const sameDay = jobs.filter((j) => j.start instanceof Date).length;
  console.log(
    `calendar built in ${buildMs.toFixed(1)} ms (tables ${calendar.range.from}..${calendar.range.to})`,
  );
  console.log(
    `mix: ${jobs.length} jobs, ${sameDay} same-day (instants, 15:00 rule), ${jobs.filter((j) => j.extensions.length > 0).length} extended, ${jobs.filter((j) => j.pauses.length > 0).length} paused`,
  );
  console.log(
    `deadlines: ${computations.toLocaleString('en-US')} in ${elapsed.toFixed(0)} ms = ${perSecond.toLocaleString('en-US')} computations/s (findRule + computeDeadline; ${paused} open pauses; checksum ${checksum})`,
  );
  console.log(`calendar primitives: ${opsPerSecond.toLocaleString('en-US')} ops/s (sink ${sink % 1000})`);
}

main();
