// The same escaper the templates use (Eta's autoEscape), so hand-built HTML and template output
// escape identically: & < > " ' become entities.
import { Eta } from 'eta';

const escapeFunction = new Eta().config.escapeFunction;

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return escapeFunction(text);
}
