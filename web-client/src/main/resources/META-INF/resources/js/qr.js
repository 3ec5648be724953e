import { s, replace } from './dom.js';

const LIBRARY = '/webjars/qrcodejs/07f829d/qrcode.min.js';
let loading = null;

function load() {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LIBRARY;
    script.onload = () => resolve(window.QRCode);
    script.onerror = reject;
    document.head.append(script);
  });
  return loading;
}

/** Draws a QR code as inline SVG from the qrcodejs module matrix (its own canvas and img output are not used). */
export async function renderQr(el, text, label) {
  const QRCode = await load();
  const code = new QRCode(document.createElement('div'), { text, correctLevel: QRCode.CorrectLevel.M });
  const model = code._oQRCode;
  const n = model.getModuleCount();
  let path = '';
  for (let r = 0; r < n; r += 1) for (let c = 0; c < n; c += 1) if (model.isDark(r, c)) path += `M${c + 4},${r + 4}h1v1h-1z`;
  replace(el, s('svg', { viewBox: `0 0 ${n + 8} ${n + 8}`, role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    s('title', {}, label), s('rect', { width: n + 8, height: n + 8, fill: '#fff' }), s('path', { d: path, fill: '#000' })));
}
