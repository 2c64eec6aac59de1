import * as z from 'zod/mini';
import { feedSchema, FEED_VERSION } from './feed-schema.js';

/** Where the published JSON Schema lives: a stable address publishers can reference. */
export const JSON_SCHEMA_ID = 'grappe-feed-1.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the feed, generated from the zod schema: the two cannot
 * drift apart. Rules between records (unique ids, references, check digits) are not JSON
 * Schema's to say; the validator reports them.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(feedSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: JSON_SCHEMA_ID,
    title: `Grappe feed ${FEED_VERSION}`,
    description:
      'A feed of business clusters (pôles de compétitivité, clusters, grappes, SPL), their typologies, territories, members and cooperations. See FORMAT.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
