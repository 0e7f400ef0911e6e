/**
 * The bundled template criteria set (data/criteria-template.json): the structure of the provincial
 * PAR index of Quyết định 876/QĐ-BNV — 8 areas, 37 criteria, 88 sub-criteria, 100 points of which
 * 32 come from the sociological survey — filled with the common rate-based sub-criteria of the
 * plans. Point values and rules are template values (`template: true`), to be replaced by the
 * province's own set; docs/criteria.md says where each number comes from.
 */
import templateJson from './data/criteria-template.json';
import { CriteriaSetSchema, type CriteriaSet } from './criteria';

/**
 * A fresh copy of the template set, validated against the schema.
 * @example criteriaTemplate().criteria.filter((c) => c.code.split('.').length === 3).length → 88
 */
export function criteriaTemplate(): CriteriaSet {
  return CriteriaSetSchema.parse(JSON.parse(JSON.stringify(templateJson)));
}
