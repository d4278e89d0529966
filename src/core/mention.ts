/** A mention found by the recognizer: the one shape every pass, the protocol and the content script share. */
import type { EntityType } from './entity-schema.ts';

export interface Mention {
  /** Index of the text block the mention is in. */
  block: number;
  /** UTF-16 offsets into that block's text; `end` is exclusive. */
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  /** How the article describes the entity here: "NATO chief", "a partner at Brightwater Equity Partners". */
  descriptor?: string;
}
