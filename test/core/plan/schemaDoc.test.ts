import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PlanSchema } from '../../../src/core/plan/schema';

it('keeps docs/plan.schema.json generated from the zod Plan schema (run `npm run schema` after a change)', () => {
  const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'plan.schema.json'), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(PlanSchema))));
});
