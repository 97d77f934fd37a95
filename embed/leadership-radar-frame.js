// Leadership Radar iframe helper for the host page (classic script or module; no inline
// script needed):
//
//   <iframe data-leadership-radar-frame title="Leadership Radar"
//           data-src="https://tools.example/radar/embed.html?lang=de"></iframe>
//   <script src="https://tools.example/radar/leadership-radar-frame.js" defer></script>
//
// - An iframe with `data-src` and no `src` gets `src = data-src + ?parent=<this page's origin>`,
//   so the widget inside may send its results here (it sends them only to a named parent).
// - Messages `{source: "leadership-radar", type: "resize", height}` set the height of the iframe
//   they came from; `{type: "completed", code, scores, conditions, spread, index}` become a bubbling
//   `leadership-radar:completed` CustomEvent on that iframe.
// - A message counts only if it comes from a marked iframe's window and its origin is the
//   origin of that iframe's src, or one listed in the iframe's `data-origin` (space-separated).
(() => {
  if (window.LeadershipRadarFrame) return;
  const frames = () => document.querySelectorAll('iframe[data-leadership-radar-frame]');

  function prepare() {
    for (const frame of frames()) {
      if (frame.getAttribute('src') || !frame.dataset.src) continue;
      const url = new URL(frame.dataset.src, document.baseURI);
      url.searchParams.set('parent', location.origin);
      frame.src = url.href;
    }
  }

  function trusted(frame, origin) {
    const listed = (frame.dataset.origin || '').split(/\s+/).filter(Boolean);
    if (listed.length) return listed.includes(origin);
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch {
      return false;
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'leadership-radar') return;
    const frame = [...frames()].find((f) => f.contentWindow === event.source);
    if (!frame || !trusted(frame, event.origin)) return;
    if (data.type === 'resize' && Number.isFinite(data.height) && data.height > 0 && data.height < 100000) {
      frame.style.height = `${Math.ceil(data.height)}px`; // CSSOM: allowed under style-src 'self'
    } else if (data.type === 'completed' && typeof data.code === 'string') {
      const num = (v) => (Number.isFinite(v) ? v : null);
      const detail = {
        code: data.code,
        scores: data.scores ?? null,
        conditions: num(data.conditions),
        spread: num(data.spread),
        index: num(data.index),
      };
      frame.dispatchEvent(new CustomEvent('leadership-radar:completed', { bubbles: true, detail }));
    }
  });

  window.LeadershipRadarFrame = { prepare };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();
})();
