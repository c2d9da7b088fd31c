export { applyInputPath } from './input-path.js';
export { applyPayloadTemplate, type PayloadField, type RandomSource } from './payload-template.js';
export { applyResultPath } from './result-path.js';
export { applyOutputPath } from './output-path.js';
