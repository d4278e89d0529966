/** The full records for cards, from one or more shards of `entities-NN.json`. */
import type { CompiledDetails, OfficeHolder } from './compiled-index.ts';
import type { EntityRecord } from './entity-schema.ts';

export class EntityDetails {
  readonly datasetDate: string;
  private readonly byId = new Map<string, EntityRecord>();
  private readonly holders = new Map<string, OfficeHolder[]>();
  private readonly names = new Map<string, string>();

  constructor(shards: readonly CompiledDetails[]) {
    this.datasetDate = shards[0]?.datasetDate ?? '';
    for (const shard of shards) {
      for (const record of shard.records) this.byId.set(record.id, record);
      for (const [org, list] of Object.entries(shard.holders)) this.holders.set(org, list);
      for (const [id, name] of Object.entries(shard.names)) this.names.set(id, name);
    }
  }

  entityById(id: string): EntityRecord | undefined {
    return this.byId.get(id);
  }

  /** The name of an entity a record of these shards refers to. */
  nameOf(id: string): string | undefined {
    const record = this.byId.get(id);
    return this.names.get(id) ?? record?.displayName ?? record?.name;
  }

  /** The people of the dataset holding the organization's offices, at any time. */
  officeHolders(orgId: string): readonly OfficeHolder[] {
    return this.holders.get(orgId) ?? [];
  }
}
