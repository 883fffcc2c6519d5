export * from './case-kind.js';
export * from './case-extension.js';
export * from './case-workflow.js';
