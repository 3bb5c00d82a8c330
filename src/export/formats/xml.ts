/*
 * XML text helpers for the GraphML and GEXF writers, which write XML as text so that a large
 * graph streams out element by element.
 */

// Characters XML 1.0 cannot hold at all, even escaped (C0 controls other than tab, LF, CR; U+FFFE/F).
// eslint-disable-next-line no-control-regex -- matching those control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an attribute value or element content; characters XML cannot carry become U+FFFD. */
export function xmlEscape(value: string): string {
  return (
    value
      .replace(NOT_XML, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Line breaks in attribute values would be normalised to spaces by XML parsers; keep them.
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}
