// Bytes to text for HTML and XML. Job boards in Central and Eastern Europe still serve
// windows-1250 or ISO-8859-2, so the charset is read rather than assumed.

/**
 * Decodes a body by the charset in the Content-Type header, else a byte-order mark, else a
 * `<meta charset>` / XML declaration in the first 2 KB, else UTF-8. An unknown label falls back to UTF-8.
 */
export function decodeBody(body: Buffer, contentType?: string): string {
  const label = bomCharset(body) ?? headerCharset(contentType) ?? sniffCharset(body) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body);
}

function bomCharset(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function headerCharset(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase();
}

function sniffCharset(body: Buffer): string | undefined {
  // latin1 maps bytes one to one, so the ASCII of the declarations reads correctly in any charset.
  const head = body.subarray(0, 2048).toString('latin1');
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i) ??
    head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return meta?.[1]?.toLowerCase();
}
