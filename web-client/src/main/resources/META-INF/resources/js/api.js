// JSON over HTTP; problem+json errors become an Error carrying the server's title and violations.
export async function api(path, { method = 'GET', body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text ? parse(text) : null;
  if (!response.ok) {
    const problem = new Error(describe(data, response.status));
    problem.status = response.status;
    problem.violations = (data && data.violations) || [];
    throw problem;
  }
  return data;
}

function parse(text) {
  try { return JSON.parse(text); } catch { return text; }
}

function describe(data, status) {
  if (data && Array.isArray(data.violations) && data.violations.length) {
    return data.violations.map((v) => `${v.field}: ${v.message}`).join('; ');
  }
  return (data && (data.detail || data.title)) || `HTTP ${status}`;
}

export function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
