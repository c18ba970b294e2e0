// @ts-check
/*
 * The loader for the embedded charts of "The last loophole". It sets each of our iframes to the height its page
 * reports, so the chart fits at any width. No dependencies, no inline code; loading it twice is harmless.
 * A message is taken only from a frame on this page showing our origin (event.source), sent from our origin
 * (or from the opaque origin of a frame sandboxed without allow-same-origin), with a whole height in range.
 */
(function () {
  'use strict';
  var SOURCE = 'last-loophole-embed';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 20000;
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var origin = script && script.src ? new URL(script.src).origin : '';
  var registry = /** @type {Window & { lastLoopholeEmbed?: Record<string, boolean> }} */ (window);
  /** @type {Record<string, boolean>} */
  var loaded = (registry.lastLoopholeEmbed = registry.lastLoopholeEmbed || {});
  if (!origin || loaded[origin]) return;
  loaded[origin] = true;

  /** @param {HTMLIFrameElement} frame */
  function showsOurOrigin(frame) {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false;
    }
  }

  /** @param {HTMLIFrameElement} frame */
  function hasOpaqueOrigin(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  /** @param {unknown} data @returns {number | undefined} */
  function reportedHeight(data) {
    var message = /** @type {{ source?: unknown, type?: unknown, height?: unknown }} */ (data);
    if (!message || typeof message !== 'object' || message.source !== SOURCE || message.type !== 'height') return undefined;
    var height = message.height;
    if (typeof height !== 'number' || height % 1 !== 0 || height < MIN_HEIGHT || height > MAX_HEIGHT) return undefined;
    return height;
  }

  /** @param {MessageEventSource | null} source @returns {HTMLIFrameElement | undefined} */
  function frameShowing(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (source && frame.contentWindow === source) return frame;
    }
    return undefined;
  }

  window.addEventListener('message', function (event) {
    var height = reportedHeight(event.data);
    var frame = frameShowing(event.source);
    if (height === undefined || !frame || !showsOurOrigin(frame)) return;
    if (event.origin !== origin && !(event.origin === 'null' && hasOpaqueOrigin(frame))) return;
    // Through the CSSOM, which a host's Content-Security-Policy allows even where it blocks style attributes.
    frame.style.height = height + 'px';
    frame.style.border = '0';
    frame.setAttribute('height', String(height));
  });

  // Frames that reported before this script ran are asked again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
    if (showsOurOrigin(frame) && frame.contentWindow) frame.contentWindow.postMessage({ source: SOURCE, type: 'request-height' }, '*');
  }
})();
