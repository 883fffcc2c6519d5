export * from './business-date.js';
export * from './working-calendar.js';
export * from './official-days.js';
export * from './deadline-rules.js';
export * from './deadline-clock.js';
