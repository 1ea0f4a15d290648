// A drop-in for Lit's styleMap that never writes a `style` attribute. Lit's styleMap writes its
// first values as attribute text, which a Content-Security-Policy without 'unsafe-inline' in
// style-src (style-src-attr) blocks, so colours and the detail card's position would be lost
// on strict pages. Setting properties through the CSSOM (style.setProperty) is always allowed.
// Names are CSS property names as written in CSS: `left`, `--_c` (not camelCase). The server
// renderer (server.ts) has no CSSOM: there, and only there, the values are the attribute's text.
import {isServer, noChange} from 'lit';
import {Directive, directive, PartType, type AttributePart, type PartInfo} from 'lit/directive.js';

export type StyleValues = Readonly<Record<string, string | undefined | null>>;

class CssomStyleMap extends Directive {
  private readonly names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('styleMap() must be the whole value of a style attribute: style=${styleMap({...})}');
    }
  }

  render(values: StyleValues): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(values)
      .flatMap(([name, value]) => (value == null ? [] : [`${name}:${value}`]))
      .join(';');
  }

  override update(part: AttributePart, [values]: [StyleValues]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.names) {
      if (values[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(values)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

/** `style=${styleMap({'--_c': colour, left: '8px'})}`: sets each property through the CSSOM. */
export const styleMap = directive(CssomStyleMap);
