/**
 * Building the pane's DOM. Cell text is untrusted (design.md §7.5): everything goes in through
 * `textContent` and DOM properties, never through an HTML string, so a title such as
 * `<img src=x onerror=…>` shows as those characters.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  /** `data-testid`, the stable handle tests and docs/ui.md use. */
  readonly testid?: string;
  readonly className?: string;
  readonly text?: string;
  /** Attributes set as given (aria-*, role, type, data-*…); false/null/undefined leave them out. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

/** An element with its props and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.testid) el.dataset.testid = props.testid;
  if (props.className) el.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (props.on) {
    for (const [type, listener] of Object.entries(props.on)) {
      el.addEventListener(type, listener as EventListener);
    }
  }
  if (props.text !== undefined) el.textContent = props.text;
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  const fragment = parent.ownerDocument.createDocumentFragment();
  append(fragment, ...children);
  // One DOM operation: a blur handler fired by removing the focused child cannot interleave.
  parent.replaceChildren(fragment);
}

/** A `<select>` whose options are [value, label] pairs. */
export function select(props: Props, options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const el = h('select', props);
  for (const [v, label] of options) {
    const option = h('option', { text: label });
    option.value = v;
    el.appendChild(option);
  }
  el.value = value;
  return el;
}

let counter = 0;
/** A unique id for label/aria wiring when the pane is mounted more than once on a page. */
export function uid(prefix: string): string {
  counter += 1;
  return `par-${prefix}-${counter}`;
}

/** A label + control pair, stacked (narrow panes have no room for side-by-side). */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || (control.id = uid('field'));
  const wrap = h('div', { className: 'par-field' }, h('label', { text: label, attrs: { for: id } }), control);
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    wrap.appendChild(h('div', { className: 'par-hint', text: hint, attrs: { id: hintId } }));
  }
  return wrap;
}
