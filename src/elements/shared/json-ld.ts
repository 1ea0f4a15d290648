// schema.org data as a JSON-LD <script> in the host's light DOM, where crawlers read it.
// Under a Trusted Types policy ("require-trusted-types-for 'script'") script text needs a
// trusted value: the library's one policy, "event-timeline", only ever wraps JSON it
// serialised itself, in a script of type application/ld+json that no browser executes.
import {JSON_LD_MARK as MARK} from './structured-data-part.js';

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = {
  trustedTypes?: {createPolicy(name: string, rules: {createScript(input: string): string}): TrustedTypePolicyLike};
};

let policy: TrustedTypePolicyLike | null | undefined;

function trusted(json: string): string {
  if (policy === undefined) {
    const factory = (globalThis as TrustedTypesWindow).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('event-timeline', {createScript: (input) => input}) : null;
    } catch {
      policy = null; // the page's CSP does not allow the policy: JSON-LD is left out
    }
  }
  return (policy ? policy.createScript(json) : json) as string;
}

/** Writes (or, with undefined, removes) the host's JSON-LD script. */
export function writeJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}]`);
  if (!data) {
    script?.remove();
    return;
  }
  // `<` is escaped so that no text from the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  if (script?.textContent === json) return;
  try {
    if (!script) {
      script = host.ownerDocument.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(MARK, '');
    }
    script.text = trusted(json);
    if (!script.isConnected) host.append(script);
  } catch {
    // Trusted Types enforced without our policy: structured data is optional, the element is not.
  }
}
