/**
 * Loads the annotator (`annotator.js`) into this content script's world: the
 * worker injects it (`scripting.executeScript`), as it does the card's UI, so
 * no file of ours is web-accessible and pages that are not articles never
 * load it. Measured as `dramatis:annotator-load`.
 */
import { isLoadedAnswer } from '../shared/message-guards.ts';
import { ANNOTATOR_KEY, type AnnotatorFactory } from './annotator-contract.ts';
import { extensionApi } from './extension-door.ts';

export async function loadAnnotator(): Promise<AnnotatorFactory> {
  const started = performance.now();
  const answer = await extensionApi!.runtime.sendMessage({ type: 'loadAnnotator' });
  const factory = (globalThis as { [ANNOTATOR_KEY]?: AnnotatorFactory })[ANNOTATOR_KEY];
  if (!isLoadedAnswer(answer) || !answer.loaded || typeof factory !== 'function') throw new Error('Dramatis: the annotator could not be loaded');
  performance.measure('dramatis:annotator-load', { start: started, end: performance.now() });
  return factory;
}
