/** What the build needs from the core, bundled by build.mjs for Node. */
export { validateDataset, type DatasetFile } from './dataset-validator.ts';
export { compileIndex, parseWordList } from './index-compiler.ts';
export { freshnessLine } from './dataset-freshness.ts';
