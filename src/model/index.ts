export * from './article.js';
export * from './claim.js';
export * from './crosscheck-error.js';
export * from './error-codes.js';
export * from './raw-document.js';
export * from './signal.js';
export * from './story.js';
export * from './corroboration.js';
