/**
 * What a card shows, as the content script tells the card's view: a name
 * being looked up, a name the dataset has no card for, or the entity's card
 * with where this mention stands among the article's mentions of it.
 */
import type { EntityCard } from '../../core/entity-card.ts';
import type { EntityType } from '../../core/entity-schema.ts';

export type CardState =
  | { status: 'loading'; label: string; type: EntityType }
  | { status: 'missing'; label: string; type: EntityType }
  | {
      status: 'ready';
      card: EntityCard;
      mentionCount: number;
      mentionIndex: number;
      dateFromPage: boolean;
      workerStartedAt: number;
      /** How the article describes the entity ("NATO chief"), first use first. */
      descriptors: string[];
    };
