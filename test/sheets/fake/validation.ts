// Fakes data validation (requireValueInList) and conditional-format rules (whenFormulaSatisfied) and
// their builders; the builders count nothing (SpreadsheetApp.new… and the Range/Sheet setters count).
import type { FakeRange } from './range';

export interface FakeValidation {
  readonly criteria: 'VALUE_IN_LIST';
  readonly values: string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
  getCriteriaType(): string;
  getCriteriaValues(): unknown[];
}

export interface FakeConditionalRule {
  readonly formula: string;
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly ranges: string[];
}

export class FakeValidationBuilder {
  private values: string[] = [];
  private showDropdown = true;
  private allowInvalid = true;
  private helpText = '';
  requireValueInList(values: string[], showDropdown = true): this {
    this.values = [...values];
    this.showDropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeValidation {
    const { values, showDropdown, allowInvalid, helpText } = this;
    return {
      criteria: 'VALUE_IN_LIST',
      values,
      showDropdown,
      allowInvalid,
      helpText,
      getCriteriaType: () => 'VALUE_IN_LIST',
      getCriteriaValues: () => [values, showDropdown],
    };
  }
}

export class FakeConditionalRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: string[] = [];
  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(colour: string | null): this {
    this.background = colour;
    return this;
  }
  setFontColor(colour: string | null): this {
    this.fontColor = colour;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): FakeConditionalRule {
    if (!this.formula) throw new Error('fake: conditional format rule without a condition');
    return { formula: this.formula, background: this.background, fontColor: this.fontColor, ranges: this.ranges };
  }
}
